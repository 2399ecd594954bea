<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>the file is {mb} MB; a lesson may be at most {limit} MB. Keep a lesson to a short text and its steps.</source>
        <translation>文件大小为 {mb} MB；一节课最多 {limit} MB。一节课只需简短的文字和它的步骤。</translation>
    </message>
    <message>
        <source>lists or tables are nested more than {depth} deep; a lesson needs 2. This is not a lesson file: choose another.</source>
        <translation>列表或表格嵌套超过 {depth} 层；一节课只需 2 层。这不是课程文件：请选择其他文件。</translation>
    </message>
    <message>
        <source>nested too deeply to be a lesson file: choose another.</source>
        <translation>嵌套太深，不是课程文件：请选择其他文件。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {length:,} characters long; at most {limit:,} show well.</source>
        <translation>“{key}”长 {length:,} 个字符；最多 {limit:,} 个字符才能显示得好。</translation>
    </message>
    <message>
        <source>compare must be true or false (without quotes).</source>
        <translation>&apos;compare&apos; 必须是 &apos;true&apos; 或 &apos;false&apos;（不带引号）。</translation>
    </message>
    <message>
        <source>step {step}: text_zh must be text in quotes.</source>
        <translation>第 {step} 步：text_zh 必须是带引号的文字。</translation>
    </message>
    <message>
        <source>step {step} is longer than {limit:,} characters.</source>
        <translation>第 {step} 步超过 {limit:,} 个字符。</translation>
    </message>
    <message>
        <source>{steps} steps; a lesson may have at most {limit}.</source>
        <translation>共 {steps} 步；一节课最多 {limit} 步。</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error}). Choose a .lesson file saved by CNN Playground.</source>
        <translation>{file}：无法读取（{error}）。请选择由 CNN 游乐场保存的 .lesson 文件。</translation>
    </message>
    <message>
        <source>{file}: not a valid lesson file: {error}. Fix that line in a text editor.</source>
        <translation>{file}：不是有效的课程文件：{error}。请在文本编辑器中修改那一行。</translation>
    </message>
    <message>
        <source>unknown field &apos;{key}&apos;. A lesson has only: {keys}.</source>
        <translation>未知字段 &apos;{key}&apos;。课程只有这些字段：{keys}。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing or empty. Add a line such as {key} = &quot;...&quot;.</source>
        <translation>缺少 &apos;{key}&apos; 或它为空。请添加一行，例如 &apos;{key} = &quot;...&quot;&apos;。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text in quotes.</source>
        <translation>&apos;{key}&apos; 必须是加引号的文本。</translation>
    </message>
    <message>
        <source>unknown preset {preset}. Use one of: {presets}.</source>
        <translation>未知的预设 {preset}。请使用以下之一：{presets}。</translation>
    </message>
    <message>
        <source>&apos;settings&apos; must be a table: a [settings] line followed by name = value lines.</source>
        <translation>&apos;settings&apos; 必须是一个表：一行 &apos;[settings]&apos;，后面跟若干 &apos;名称 = 值&apos; 的行。</translation>
    </message>
    <message>
        <source>settings.{key} is not a setting. Settings are: {settings}.</source>
        <translation>settings.{key} 不是一项设置。设置有：{settings}。</translation>
    </message>
    <message>
        <source>shown must be a list of setting names, e.g. shown = [&quot;activation&quot;, &quot;epochs&quot;].</source>
        <translation>&apos;shown&apos; 必须是设置名称的列表，例如 &apos;shown = [&quot;activation&quot;, &quot;epochs&quot;]&apos;。</translation>
    </message>
    <message>
        <source>shown names {key}, which is not a setting. Use: {showable}.</source>
        <translation>&apos;shown&apos; 中的 {key} 不是一项设置。请使用：{showable}。</translation>
    </message>
    <message>
        <source>steps must be [[steps]] tables, each with a text = &quot;...&quot; line.</source>
        <translation>&apos;steps&apos; 必须是 &apos;[[steps]]&apos; 表，每个表都有一行 &apos;text = &quot;...&quot;&apos;。</translation>
    </message>
    <message>
        <source>step {step}: unknown field &apos;{key}&apos;. A step has only: text, text_zh, check.</source>
        <translation>第 {step} 步：未知字段 &apos;{key}&apos;。步骤只有这些字段：&apos;text&apos;、&apos;text_zh&apos;、&apos;check&apos;。</translation>
    </message>
    <message>
        <source>step {step} has no text. Add text = &quot;what to do&quot;.</source>
        <translation>第 {step} 步没有文字。请添加 &apos;text = &quot;要做的事&quot;&apos;。</translation>
    </message>
    <message>
        <source>a check must be text in quotes, not {source}.</source>
        <translation>检查条件必须是加引号的文本，而不是 {source}。</translation>
    </message>
    <message>
        <source>the check {source} is not understood. Write an event ({events}), a setting test such as &apos;activation == relu&apos; or &apos;folder is set&apos;, or a result such as &apos;test_acc &gt;= 0.8&apos;.</source>
        <translation>无法理解检查条件 {source}。请写一个事件（{events}），一个设置条件，例如 &apos;activation == relu&apos; 或 &apos;folder is set&apos;，或一个结果条件，例如 &apos;test_acc &gt;= 0.8&apos;。</translation>
    </message>
    <message>
        <source>the check {source} compares with {op}, which needs a number after it.</source>
        <translation>检查条件 {source} 使用了 {op}，它后面需要一个数字。</translation>
    </message>
    <message>
        <source>the check {source} names {name}, which is neither a setting ({settings}) nor a result ({metrics}).</source>
        <translation>检查条件 {source} 中的 {name} 既不是设置（{settings}），也不是结果（{metrics}）。</translation>
    </message>
    <message>
        <source>the check {source} can never be met: {problem}</source>
        <translation>检查条件 {source} 永远无法满足：{problem}</translation>
    </message>
    <message>
        <source>step {step}: {problem}</source>
        <translation>第 {step} 步：{problem}</translation>
    </message>
    <message>
        <source>settings.{key}: {problem}</source>
        <translation>settings.{key}：{problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}，第 {line} 行：{problem}</translation>
    </message>
</context>
</TS>
