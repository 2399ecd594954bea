<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClassDigitsDialog</name>
    <message>
        <source>Class digits</source>
        <translation>全班的数字</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Your name, saved with your digits so that the teacher can tell writers apart.</source>
        <translation>你的名字会和你的数字一起保存，方便老师区分书写者。</translation>
    </message>
    <message>
        <source>Export my digits…</source>
        <translation>导出我的数字…</translation>
    </message>
    <message>
        <source>Save the digits you collected on this computer into one file.</source>
        <translation>把你在这台电脑上收集的数字保存到一个文件里。</translation>
    </message>
    <message>
        <source>Import students&apos; files…</source>
        <translation>导入学生的文件…</translation>
    </message>
    <message>
        <source>Add the files your students exported to the class set.</source>
        <translation>把学生导出的文件加入全班数据集。</translation>
    </message>
    <message>
        <source>Score the models</source>
        <translation>给模型打分</translation>
    </message>
    <message>
        <source>How well each digit model reads the test writers&apos; digits.</source>
        <translation>每个数字模型读对测试书写者的数字有多少。</translation>
    </message>
    <message>
        <source>Fine-tune on the class set</source>
        <translation>在全班数据上微调</translation>
    </message>
    <message>
        <source>A new run: the current model trained {n} more epochs on the training writers.</source>
        <translation>新的训练记录：当前模型在训练书写者的数字上再训练 {n} 轮。</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>书写者</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Read right</source>
        <translation>读对</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <source>A writer&apos;s digits are all for training or all for testing: the test writers are people the model never saw, so the leaderboard shows how well it reads new handwriting.</source>
        <translation>一位书写者的数字要么全部用于训练，要么全部用于测试：测试书写者是模型从没见过的人，所以排行榜显示它读新笔迹的本领。</translation>
    </message>
    <message>
        <source>Type your name first: it is saved with your digits.</source>
        <translation>请先输入你的名字：它会和你的数字一起保存。</translation>
    </message>
    <message>
        <source>Export my digits</source>
        <translation>导出我的数字</translation>
    </message>
    <message>
        <source>Digits (*.digits.zip)</source>
        <translation>数字文件 (*.digits.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Digits exported: %n. Give the file to your teacher.</source>
        <translation>
            <numerusform>已导出 %n 个数字。请把文件交给老师。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import students&apos; files</source>
        <translation>导入学生的文件</translation>
    </message>
    <message numerus="yes">
        <source>Digits added: %n.</source>
        <translation>
            <numerusform>新加入 %n 个数字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the class set: %n.</source>
        <translation>
            <numerusform>已在全班数据中：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>testing</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Bundled digit model</source>
        <translation>内置数字模型</translation>
    </message>
    <message numerus="yes">
        <source>Models being scored on the test writers: %n…</source>
        <translation>
            <numerusform>正在用测试书写者的数字给 %n 个模型打分…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leaderboard: the best model on the test writers is on top.</source>
        <translation>排行榜：在测试书写者上最好的模型排在最上面。</translation>
    </message>
    <message>
        <source>Choose a digit model first (a finished run, a file or the bundled one).</source>
        <translation>请先选择一个数字模型（完成的训练记录、权重文件或内置模型）。</translation>
    </message>
    <message>
        <source>A run is training: fine-tune once it has ended.</source>
        <translation>正在训练：等这次训练结束后再微调。</translation>
    </message>
    <message>
        <source>Fine-tuning on the class set: watch it on the Train tab.</source>
        <translation>正在全班数据上微调：请在“训练”页观看。</translation>
    </message>
</context>
</TS>
