<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{url} is not a storage URL: give sqlite:///FILE, postgresql+psycopg://USER:PW@HOST/DB, mysql+pymysql://USER:PW@HOST/DB or journal:FILE.</source>
        <translation>{url} 不是存储 URL：请给出 sqlite:///文件、postgresql+psycopg://用户:密码@主机/数据库、mysql+pymysql://用户:密码@主机/数据库 或 &apos;journal:文件&apos;。</translation>
    </message>
    <message>
        <source>The journal {path} is a folder: give a file name, e.g. journal:{path}/study.log.</source>
        <translation>日志 {path} 是一个文件夹：请给出文件名，例如 journal:{path}/study.log。</translation>
    </message>
    <message>
        <source>The folder of the journal {path} does not exist: create it, or give another path.</source>
        <translation>日志 {path} 所在的文件夹不存在：请创建它，或给出另一个路径。</translation>
    </message>
    <message>
        <source>{path} is not an Optuna journal ({error}): give a new file name, or the journal the study was started with.</source>
        <translation>{path} 不是 Optuna 日志（{error}）：请给出新的文件名，或开始这次研究时用的日志。</translation>
    </message>
    <message>
        <source>The database driver for {url} is not installed: run with it (uv run --with {package} main.py ...).</source>
        <translation>{url} 的数据库驱动没有安装：请带上它运行（&apos;uv run --with {package} main.py ...&apos;）。</translation>
    </message>
    <message>
        <source>The study database {url} is locked by another program: close that program (a database browser?) or wait until it is done, then start again.</source>
        <translation>研究数据库 {url} 被另一个程序锁定：请关闭那个程序（数据库浏览器？）或等它完成，然后重新开始。</translation>
    </message>
    <message>
        <source>{url} is not a study database (the file is damaged or of another kind): move it away, or give another --storage.</source>
        <translation>{url} 不是研究数据库（文件已损坏或是别的类型）：请把它移走，或给出另一个 --storage。</translation>
    </message>
    <message>
        <source>The study storage {url} cannot be used ({error}): check that the database server is running and reachable, the user and password, and the database name.</source>
        <translation>研究存储 {url} 无法使用（{error}）：请检查数据库服务器是否在运行并可访问，以及用户名、密码和数据库名。</translation>
    </message>
    <message>
        <source>Study {study} already varies {name} as {theirs}, not {ours}: vary it the same way as the study&apos;s other sweeps (--vary), or give a new study name.</source>
        <translation>研究 {study} 已经把 {name} 的范围设为 {theirs}，而不是 {ours}：请和这个研究的其他搜索用同样的范围（--vary），或者换一个新的研究名称。</translation>
    </message>
</context>
</TS>
