<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{where}, entry {entry}</source>
        <translation>{where} 第 {entry} 项</translation>
    </message>
    <message>
        <source>{folder} is not a readable run folder: {reason}. Fix or remove that file, or choose another run folder.</source>
        <translation>{folder} 不是可读取的训练文件夹：{reason}。请修复或删除那个文件，或选择另一个训练文件夹。</translation>
    </message>
    <message>
        <source>{name} is not a file</source>
        <translation>{name} 不是文件</translation>
    </message>
    <message>
        <source>{name} is {size:,} KB, more than the {limit:,} KB allowed</source>
        <translation>{name} 有 {size:,} KB，超过了允许的 {limit:,} KB</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>缺少 {name}</translation>
    </message>
    <message>
        <source>{name} is not text (not UTF-8)</source>
        <translation>{name} 不是文本（不是 UTF-8）</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error})</source>
        <translation>无法读取 {name}（{error}）</translation>
    </message>
    <message>
        <source>{name} is nested too deeply</source>
        <translation>{name} 嵌套太深</translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation>{name} 不是有效的 JSON</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line})</source>
        <translation>{name} 不是有效的 JSON（第 {line} 行）</translation>
    </message>
    <message>
        <source>{where} has no {key}</source>
        <translation>{where} 中没有 {key}</translation>
    </message>
    <message>
        <source>{where}: {key} is {value}, not a whole number</source>
        <translation>{where}：{key} 是 {value}，不是整数</translation>
    </message>
    <message>
        <source>{where}: {key} is {value}, not a number</source>
        <translation>{where}：{key} 是 {value}，不是数字</translation>
    </message>
    <message>
        <source>{where}: {key} is {value}, not at least {low}</source>
        <translation>{where}：{key} 是 {value}，应不小于 {low}</translation>
    </message>
    <message>
        <source>{where}: {key} is {value}, not {low} to {high}</source>
        <translation>{where}：{key} 是 {value}，应在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>{where}: {key} is {value}, not text</source>
        <translation>{where}：{key} 是 {value}，不是文本</translation>
    </message>
    <message>
        <source>{where}: {key} is {length:,} characters long, more than {limit:,}</source>
        <translation>{where}：{key} 长 {length:,} 个字符，超过了 {limit:,}</translation>
    </message>
    <message>
        <source>{where}: {key} is {value}, not a date and time</source>
        <translation>{where}：{key} 是 {value}，不是日期和时间</translation>
    </message>
    <message>
        <source>{where}: {key} is {value}, not a date between 1970 and 9999</source>
        <translation>{where}：{key} 是 {value}，不是 1970 到 9999 年之间的日期</translation>
    </message>
    <message>
        <source>{where} holds {kind}, not an object with named values</source>
        <translation>{where} 中是 {kind}，不是带名称的值的对象</translation>
    </message>
    <message>
        <source>{where} holds {kind}, not a list of epochs</source>
        <translation>{where} 中是 {kind}，不是轮次列表</translation>
    </message>
    <message>
        <source>{where}: epoch {epoch} comes after epoch {previous}</source>
        <translation>{where}：第 {epoch} 轮排在第 {previous} 轮之后</translation>
    </message>
    <message>
        <source>{name}: status is not one of {statuses}</source>
        <translation>{name}：status 不是 {statuses} 之一</translation>
    </message>
    <message>
        <source>config.json holds settings this version does not accept ({why})</source>
        <translation>config.json 中有本版本不接受的设置（{why}）</translation>
    </message>
    <message>
        <source>config.json holds settings of the wrong kind ({why})</source>
        <translation>config.json 中的设置类型不对（{why}）</translation>
    </message>
</context>
</TS>
