<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LessonEditor</name>
    <message>
        <source>Save window as lesson</source>
        <translation>把窗口保存为课程</translation>
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
        <source>Markdown: **bold**, *italic*, an empty line between paragraphs.</source>
        <translation>Markdown：**粗体**、*斜体*，段落之间空一行。</translation>
    </message>
    <message>
        <source>The title for Chinese classes (optional)</source>
        <translation>中文课堂用的标题（可选）</translation>
    </message>
    <message>
        <source>Steps (drag to reorder)</source>
        <translation>步骤（拖动可调整顺序）</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Ticks itself</source>
        <translation>自动打勾</translation>
    </message>
    <message>
        <source>Compare with the previous run</source>
        <translation>与上一次训练比较</translation>
    </message>
    <message>
        <source>Draw the previous run under the live one (a lesson that compares)</source>
        <translation>在实时曲线下方画出上一次训练（用于比较的课程）</translation>
    </message>
    <message>
        <source>Settings to save</source>
        <translation>要保存的设置</translation>
    </message>
    <message>
        <source>As the lesson set them up</source>
        <translation>课程设定的设置</translation>
    </message>
    <message>
        <source>As the lesson set them up, before the class changed them</source>
        <translation>课程设定的设置（学生改动之前）</translation>
    </message>
    <message>
        <source>As they are now</source>
        <translation>现在的设置</translation>
    </message>
    <message>
        <source>With the changes made during the lesson</source>
        <translation>包括课上做的改动</translation>
    </message>
    <message>
        <source>Give the lesson a title.</source>
        <translation>请给课程起个标题。</translation>
    </message>
    <message>
        <source>Step {n} has no text: write it, or remove the step.</source>
        <translation>第 {n} 步没有文字：请填写，或删除这一步。</translation>
    </message>
    <message>
        <source>Step {n}: {problem}</source>
        <translation>第 {n} 步：{problem}</translation>
    </message>
</context>
</TS>
