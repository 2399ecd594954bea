<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>Pruned after epoch {epoch}: below the other trials at that point.</source>
        <translation>在第 {epoch} 轮后被剪枝：当时它落后于其他试验。</translation>
    </message>
    <message>
        <source>Stopped by you; the epochs it finished are saved in its run folder.</source>
        <translation>已被你停止；它完成的轮次已保存在它的训练文件夹中。</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>已被你停止。</translation>
    </message>
    <message>
        <source>{event}</source>
        <translation>{event}</translation>
    </message>
    <message>
        <source>{field} is set</source>
        <translation>已设置{field}</translation>
    </message>
    <message>
        <source>{field} {op} {value}</source>
        <translation>{field} {op} {value}</translation>
    </message>
    <message>
        <source>CPU, {threads} threads ({cpu})</source>
        <translation>CPU，{threads} 个线程（{cpu}）</translation>
    </message>
    <message>
        <source>{name} ({id}{memory})</source>
        <translation>{name}（{id}{memory}）</translation>
    </message>
    <message>
        <source>no CUDA card</source>
        <translation>不支持任何 CUDA 显卡</translation>
    </message>
    <message>
        <source>{low}-{high}</source>
        <translation>{low}-{high}</translation>
    </message>
    <message>
        <source>{name} has compute capability {capability}, which the installed PyTorch cannot run (it is built for {range}). Train on another device, or install a PyTorch build for this card.</source>
        <translation>{name} 的计算能力为 {capability}，已安装的 PyTorch 无法在它上面运行（只支持 {range}）。请换一个设备训练，或安装适用于这张显卡的 PyTorch 版本。</translation>
    </message>
</context>
</TS>
