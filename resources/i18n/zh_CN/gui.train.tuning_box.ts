<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TuningBox</name>
    <message>
        <source>This network has no dropout layers to change; set dropout for the next run.</source>
        <translation>这个网络没有可调的 Dropout 层；请在下次训练时设置 Dropout。</translation>
    </message>
    <message>
        <source>That change does not fit this run&apos;s settings, so it was left out.</source>
        <translation>这个改动与本次训练的设置不符，已忽略。</translation>
    </message>
    <message>
        <source>Coach: nothing to worry about so far.</source>
        <translation>教练：目前一切正常。</translation>
    </message>
    <message>
        <source>Coach: {said}</source>
        <translation>教练：{said}</translation>
    </message>
    <message>
        <source>Apply now</source>
        <translation>立即应用</translation>
    </message>
    <message>
        <source>Use for the next run</source>
        <translation>用于下次训练</translation>
    </message>
    <message>
        <source>Change the run under way from its next batch; the change is marked on the curves.</source>
        <translation>从下一批次起改变正在进行的训练；改动会标在曲线上。</translation>
    </message>
    <message>
        <source>Put the coach&apos;s suggestion into the settings on the left, for the next run.</source>
        <translation>把教练的建议填入左边的设置，用于下一次训练。</translation>
    </message>
    <message>
        <source>Find a learning rate…</source>
        <translation>寻找学习率…</translation>
    </message>
    <message>
        <source>One short run with the rate rising from 0.000001 to 10: suggests a rate in seconds.</source>
        <translation>一次短训练，学习率从 0.000001 升到 10：几秒内给出建议的学习率。</translation>
    </message>
    <message>
        <source>Apply what the coach suggests.</source>
        <translation>采用教练的建议。</translation>
    </message>
</context>
</TS>
