<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LessonDock</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>课程：{title}</translation>
    </message>
    <message>
        <source>This lesson cannot be opened</source>
        <translation>无法打开这个课程</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.lesson)</source>
        <translation>课程 (*.lesson)</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>What this lesson shows, in a few sentences.</source>
        <translation>用几句话说明这节课要展示什么。</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>另存为课程</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}. Choose another folder.</source>
        <translation>无法写入 {path}：{error}。请选择另一个文件夹。</translation>
    </message>
</context>
<context>
    <name>SaveLessonDialog</name>
    <message>
        <source>Save window as lesson</source>
        <translation>把窗口保存为课程</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, an empty line between paragraphs.</source>
        <translation>Markdown 格式：**粗体**、*斜体*，段落之间空一行。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>A lesson made in CNN Playground.</source>
        <translation>在 CNN Playground 中制作的课程。</translation>
    </message>
</context>
</TS>
