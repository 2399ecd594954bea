<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{text} is not a whole number.</source>
        <translation>{text} 不是整数。</translation>
    </message>
    <message>
        <source>{text} is not a number.</source>
        <translation>{text} 不是数字。</translation>
    </message>
    <message>
        <source>{text} is not a word.</source>
        <translation>{text} 不是一个词。</translation>
    </message>
    <message>
        <source>--vary {name}: {problem}</source>
        <translation>--vary {name}：{problem}</translation>
    </message>
    <message>
        <source>a range is LOW:HIGH or LOW:HIGH:log, e.g. {name}={example}.</source>
        <translation>范围的写法是 &apos;LOW:HIGH&apos; 或 &apos;LOW:HIGH:log&apos;，例如 &apos;{name}={example}&apos;。</translation>
    </message>
    <message>
        <source>the third part of a range is &apos;log&apos; or &apos;linear&apos;, not {part}.</source>
        <translation>范围的第三部分应为 &apos;log&apos; 或 &apos;linear&apos;，而不是 {part}。</translation>
    </message>
    <message>
        <source>the range&apos;s low end ({low:g}) must be below its high end ({high:g}).</source>
        <translation>范围的下限（{low:g}）必须小于上限（{high:g}）。</translation>
    </message>
    <message>
        <source>a log range must start above 0 (not {low:g}); use a linear range to include 0.</source>
        <translation>对数范围必须从大于 0 的值开始（而不是 {low:g}）；要包含 0，请使用线性范围。</translation>
    </message>
    <message>
        <source>give at least one value, e.g. {name}={example}.</source>
        <translation>请至少给出一个值，例如 &apos;{name}={example}&apos;。</translation>
    </message>
    <message>
        <source>{text} names a value twice.</source>
        <translation>{text} 中有重复的值。</translation>
    </message>
    <message>
        <source>--vary {name} takes a list of choices, not a range: e.g. {name}={example}.</source>
        <translation>--vary {name} 需要一组选项，而不是范围：例如 &apos;{name}={example}&apos;。</translation>
    </message>
    <message>
        <source>--vary {text}: write NAME=SPEC, e.g. lr=1e-4:1e-1:log or optimizer=sgd,adam. Names: {names}.</source>
        <translation>--vary {text}：请写成 &apos;NAME=SPEC&apos;，例如 &apos;lr=1e-4:1e-1:log&apos; 或 &apos;optimizer=sgd,adam&apos;。可用的名称：{names}。</translation>
    </message>
    <message>
        <source>--vary {name} cannot be varied. Names: {names}.</source>
        <translation>--vary {name} 不能改变。可用的名称：{names}。</translation>
    </message>
    <message>
        <source>--vary {names} is given more than once: give each parameter once.</source>
        <translation>--vary {names} 给了不止一次：每个参数只给一次。</translation>
    </message>
    <message>
        <source>Give the study a name.</source>
        <translation>请给这次搜索起个名字。</translation>
    </message>
    <message>
        <source>Choose at least one setting to vary.</source>
        <translation>请至少选择一项要改变的设置。</translation>
    </message>
    <message>
        <source>Unknown search {name}: one of {names}.</source>
        <translation>未知的搜索方法 {name}：应为以下之一：{names}。</translation>
    </message>
    <message>
        <source>Unknown pruner {name}: one of {names}.</source>
        <translation>未知的剪枝方法 {name}：应为以下之一：{names}。</translation>
    </message>
    <message>
        <source>The number of trials must be 1 or more.</source>
        <translation>试验次数必须至少为 1。</translation>
    </message>
    <message>
        <source>The time budget must be above 0 seconds.</source>
        <translation>时间预算必须大于 0 秒。</translation>
    </message>
    <message>
        <source>Give a number of trials, a time budget, or both.</source>
        <translation>请给出试验次数、时间预算，或两者都给。</translation>
    </message>
</context>
</TS>
