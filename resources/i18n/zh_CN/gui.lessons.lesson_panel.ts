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
