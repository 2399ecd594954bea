<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SettingsDiff</name>
    <message>
        <source>Settings that differ between the runs</source>
        <translation>各训练记录之间不同的设置</translation>
    </message>
    <message>
        <source>recipe&apos;s own</source>
        <translation>配方自带</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>自己设计的</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Choose two or more runs to see how their settings differ.</source>
        <translation>选择两个或更多训练记录，查看它们的设置有何不同。</translation>
    </message>
    <message numerus="yes">
        <source>Settings that differ: %n. Every other setting is the same in all runs.</source>
        <translation>
            <numerusform>%n 项设置不同；其他设置在所有训练记录中都相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>All settings equal: the curves should match; what differs comes from the device (GPU sums are not always repeatable) or from a newer version of this program.</source>
        <translation>所有设置都相同：曲线应当一致；不同之处来自设备（GPU 求和不总是可重复）或本程序的新版本。</translation>
    </message>
</context>
</TS>
