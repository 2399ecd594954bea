<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>Layer {layer}: {what}</source>
        <translation>第 {layer} 层：{what}</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>这个网络</translation>
    </message>
    <message>
        <source>{source} is larger than {kb} kB: it is not a network file.</source>
        <translation>{source} 超过 {kb} kB：它不是网络文件。</translation>
    </message>
    <message>
        <source>{source} is not a network file (not valid JSON: {why}). Choose a file saved by the network editor or main.py.</source>
        <translation>{source} 不是网络文件（不是有效的 JSON：{why}）。请选择由网络编辑器或 main.py 保存的文件。</translation>
    </message>
    <message>
        <source>{source} is not a network file (it lacks &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{source} 不是网络文件（它缺少 &apos;format&apos;: &apos;{format}&apos;）。</translation>
    </message>
    <message>
        <source>{source} has no valid version number ({version}).</source>
        <translation>{source} 没有有效的版本号（{version}）。</translation>
    </message>
    <message>
        <source>{source} was written by a newer CNN Playground (network file version {newer}); this one reads version {ours}. Update CNN Playground, or save the network from the newer one as version {ours}.</source>
        <translation>{source} 是由更新版本的 CNN 游乐场写的（网络文件版本 {newer}）；本程序只能读取版本 {ours}。请更新本程序，或在新版本中把网络另存为版本 {ours}。</translation>
    </message>
    <message>
        <source>{source}&apos;s name must be a text of at most {most} characters.</source>
        <translation>{source} 的名称必须是不超过 {most} 个字符的文本。</translation>
    </message>
    <message>
        <source>{source}&apos;s init is {init}: choose one of {choices}.</source>
        <translation>{source} 的初始化方式是 {init}：请从 {choices} 中选一个。</translation>
    </message>
    <message>
        <source>{source} has no list of layers (&quot;layers&quot;: [...]).</source>
        <translation>{source} 没有层的列表（&apos;layers&apos;: [...]）。</translation>
    </message>
    <message>
        <source>{source} has more than {most} layers once repeated: use fewer repeats.</source>
        <translation>{source} 展开重复后超过 {most} 层：请减少重复次数。</translation>
    </message>
    <message>
        <source>Could not read the network file {path}: {why}.</source>
        <translation>无法读取网络文件 {path}：{why}。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>这个文件</translation>
    </message>
    <message>
        <source>this repeat</source>
        <translation>这个重复模块</translation>
    </message>
    <message>
        <source>this {title}</source>
        <translation>这个{title}</translation>
    </message>
    <message>
        <source>did you mean {name}?</source>
        <translation>你是不是想写 {name}？</translation>
    </message>
    <message>
        <source>it takes {names}</source>
        <translation>它可用的选项：{names}</translation>
    </message>
    <message>
        <source>{what} has an unknown option {option} ({hint}).</source>
        <translation>{what}有一个未知的选项 {option}（{hint}）。</translation>
    </message>
    <message>
        <source>each layer must be a table with a &quot;kind&quot; and its options (a JSON object).</source>
        <translation>每一层都必须是一个写明 &apos;kind&apos; 和选项的表（JSON 对象）。</translation>
    </message>
    <message>
        <source>unknown layer kind {kind}: did you mean {close}? The kinds are {kinds}.</source>
        <translation>未知的层类型 {kind}：你是不是想写 {close}？可用的类型有 {kinds}。</translation>
    </message>
    <message>
        <source>unknown layer kind {kind}: The kinds are {kinds}.</source>
        <translation>未知的层类型 {kind}：可用的类型有 {kinds}。</translation>
    </message>
    <message>
        <source>this {title}: {problem}.</source>
        <translation>这个{title}：{problem}。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a whole number or &quot;classes&quot;</source>
        <translation>整数或 &apos;classes&apos;</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>&apos;true&apos; 或 &apos;false&apos;</translation>
    </message>
    <message>
        <source>its {option} must be {wanted}, not {value}</source>
        <translation>它的 {option} 必须是{wanted}，而不是 {value}</translation>
    </message>
    <message>
        <source>its {option} must be from {low:g} up to {high:g}, not {value}</source>
        <translation>它的 {option} 必须在 {low:g} 到 {high:g} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>its {option} must be from {low:g} below {high:g}, not {value}</source>
        <translation>它的 {option} 必须不小于 {low:g} 且小于 {high:g}，而不是 {value}</translation>
    </message>
    <message>
        <source>repeats are nested more than {most} deep.</source>
        <translation>重复模块嵌套超过了 {most} 层。</translation>
    </message>
    <message>
        <source>a repeat&apos;s times must be a whole number from 1 to {most}.</source>
        <translation>重复模块的 &apos;times&apos; 必须是 1 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <source>this repeat has no layers to repeat: add some, or remove it.</source>
        <translation>这个重复模块里没有可以重复的层：请添加一些，或删除它。</translation>
    </message>
    <message>
        <source>this repeat has more than {most} layers.</source>
        <translation>这个重复模块超过 {most} 层。</translation>
    </message>
    <message>
        <source>{name} ({module}) has settings a network file cannot hold.</source>
        <translation>{name}（{module}）的设置无法写进网络文件。</translation>
    </message>
    <message>
        <source>{name} ({module}) is no layer kind a network file knows.</source>
        <translation>{name}（{module}）不是网络文件认识的层类型。</translation>
    </message>
    <message>
        <source>{title} is already a network file.</source>
        <translation>{title}已经是网络文件了。</translation>
    </message>
    <message>
        <source>{source} holds {word}, which is not a number a network file may hold: write a number instead.</source>
        <translation>{source} 中有 {word}，网络文件里不能有这样的数：请改写成一个数字。</translation>
    </message>
</context>
</TS>
