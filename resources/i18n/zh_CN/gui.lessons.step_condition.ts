<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConditionEdit</name>
    <message>
        <source>None: the student presses Next</source>
        <translation>无：学生按“下一步”</translation>
    </message>
    <message>
        <source>When something happens</source>
        <translation>当某件事发生时</translation>
    </message>
    <message>
        <source>When a setting is</source>
        <translation>当某个设置为</translation>
    </message>
    <message>
        <source>When a result reaches</source>
        <translation>当某个结果达到</translation>
    </message>
    <message>
        <source>What ticks this step by itself</source>
        <translation>什么情况下这一步自动打勾</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>A setting&apos;s value as the lesson file writes it (relu, 0.5, on), or a result: accuracy as a share, 0.8 for 80 %</source>
        <translation>设置的值按课程文件的写法（relu、0.5、on），或一个结果：准确率写成比例，0.8 表示 80 %</translation>
    </message>
    <message>
        <source>Write the value to compare with.</source>
        <translation>请写出要比较的值。</translation>
    </message>
    <message>
        <source>This value does not fit: for a setting write one of its values, for a result a number.</source>
        <translation>这个值不合适：设置请写它的一个可选值，结果请写一个数字。</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>a run started</source>
        <translation>一次训练开始</translation>
    </message>
    <message>
        <source>an epoch ended</source>
        <translation>一轮训练结束</translation>
    </message>
    <message>
        <source>a run finished</source>
        <translation>一次训练完成</translation>
    </message>
    <message>
        <source>a run was stopped</source>
        <translation>一次训练被停止</translation>
    </message>
    <message>
        <source>the run diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>a run ended (finished, stopped or failed)</source>
        <translation>一次训练结束（完成、停止或失败）</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Images per second</source>
        <translation>每秒图像数</translation>
    </message>
    <message>
        <source>Seconds per epoch</source>
        <translation>每轮秒数</translation>
    </message>
</context>
</TS>
