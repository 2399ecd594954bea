<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SearchSettings</name>
    <message>
        <source>How to search</source>
        <translation>搜索方式</translation>
    </message>
    <message>
        <source>Smart (TPE): learns from earlier trials</source>
        <translation>智能（TPE）：从之前的试验中学习</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Grid: every combination (ranges at 4 values)</source>
        <translation>网格：所有组合（每个范围取 4 个值）</translation>
    </message>
    <message>
        <source>None: every trial runs all its epochs</source>
        <translation>无：每次试验都跑完所有轮次</translation>
    </message>
    <message>
        <source>Median: stop trials below the median</source>
        <translation>中位数：停止低于中位数的试验</translation>
    </message>
    <message>
        <source>Successive halving: keep the best third</source>
        <translation>逐次减半：保留最好的三分之一</translation>
    </message>
    <message>
        <source>How the next trial&apos;s settings are picked from the ranges above.</source>
        <translation>下一次试验的设置如何从上面的范围中选取。</translation>
    </message>
    <message>
        <source>Pruning stops a trial early when its accuracy after an epoch is behind the earlier trials&apos;.</source>
        <translation>剪枝：某次试验在一轮之后的准确率落后于之前的试验时，提前停止它。</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source> trials</source>
        <translation> 次试验</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Stop the sweep after this many trials.</source>
        <translation>完成这么多次试验后停止搜索。</translation>
    </message>
    <message>
        <source>Stop the sweep after this many minutes.</source>
        <translation>过了这么多分钟后停止搜索。</translation>
    </message>
    <message>
        <source>a new name for each sweep</source>
        <translation>每次搜索使用新名称</translation>
    </message>
    <message>
        <source>The sweep&apos;s name: the same name continues an earlier sweep.</source>
        <translation>这次搜索的名称：用相同的名称可以继续之前的搜索。</translation>
    </message>
    <message>
        <source>sweeps.db in the runs folder</source>
        <translation>训练文件夹中的 sweeps.db</translation>
    </message>
    <message>
        <source>Where the trials are recorded (an Optuna storage URL). Give a lab&apos;s postgresql://user:password@host/db and the same study name on several computers, and they share the work.</source>
        <translation>试验记录保存的位置（Optuna 存储 URL）。在几台电脑上填写实验室的 postgresql://user:password@host/db 和相同的研究名称，它们就能分担工作。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <source>Study name</source>
        <translation>研究名称</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
</context>
</TS>
