<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LessonPanel</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Mark this step as done and go on to the next one.</source>
        <translation>把这一步标记为完成，进入下一步。</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>End the lesson: every setting is shown again, with the values it has now.</source>
        <translation>结束课程：所有设置重新显示，保留当前的值。</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>链接未打开</translation>
    </message>
    <message>
        <source>Only web links (http, https) open from a lesson. This link was not opened: {url}</source>
        <translation>课程中只能打开网页链接（http、https）。此链接未打开：{url}</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>打开网页？</translation>
    </message>
    <message>
        <source>This link opens {url} in your web browser. Open it?</source>
        <translation>此链接会在网页浏览器中打开 {url}。要打开吗？</translation>
    </message>
    <message>
        <source>Ticks by itself when: {check}</source>
        <translation>满足此条件时自动打勾：{check}</translation>
    </message>
    <message>
        <source>Press Next step when you have done this.</source>
        <translation>完成后请按“下一步”。</translation>
    </message>
    <message>
        <source>Lesson complete: well done!</source>
        <translation>课程完成，做得好！</translation>
    </message>
</context>
</TS>
