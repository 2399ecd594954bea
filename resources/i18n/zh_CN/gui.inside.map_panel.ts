<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MapPanel</name>
    <message>
        <source>PCA (at once)</source>
        <translation>PCA（立即完成）</translation>
    </message>
    <message>
        <source>t-SNE (clearer groups, takes seconds)</source>
        <translation>t-SNE（分群更清楚，需要几秒）</translation>
    </message>
    <message>
        <source>Passing the test images through the network… {p} %</source>
        <translation>正在把测试图像送入网络… {p} %</translation>
    </message>
    <message>
        <source>Arranging the map… {p} %</source>
        <translation>正在排布分布图… {p} %</translation>
    </message>
    <message>
        <source>PCA: a straight projection, the same every time. t-SNE: keeps neighbours together, slower.</source>
        <translation>PCA：直接投影，每次结果都一样。t-SNE：让相近的图像靠在一起，较慢。</translation>
    </message>
    <message>
        <source>Highlight mistakes</source>
        <translation>突出显示错误</translation>
    </message>
    <message>
        <source>Ring the test images the network gets wrong and fade the others.</source>
        <translation>圈出网络答错的测试图像，其余的变淡。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop making this map.</source>
        <translation>停止生成这张分布图。</translation>
    </message>
    <message>
        <source>Each dot is a test image, placed by what the network&apos;s last hidden layer makes of it: images the network finds alike lie close together. Hover a dot to see it, click it to look at it in Inside and Evaluate. The star is your drawing.</source>
        <translation>每个点是一张测试图像，按网络最后一个隐藏层对它的理解摆放：网络认为相似的图像靠得很近。鼠标悬停可看图像，点击可在“网络内部”和“评估”中查看它。星形是你的手写图。</translation>
    </message>
    <message>
        <source>Hover a dot to see its image.</source>
        <translation>鼠标悬停在点上可看到它的图像。</translation>
    </message>
    <message>
        <source>The map appears once a network and its test images are here.</source>
        <translation>有了网络和它的测试图像后，这里会显示分布图。</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>正在生成分布图…</translation>
    </message>
    <message>
        <source>{n:,} test images; the network gets {w:,} of them wrong.</source>
        <translation>{n:,} 张测试图像；网络答错其中 {w:,} 张。</translation>
    </message>
    <message>
        <source>Could not make the map: {m}</source>
        <translation>无法生成分布图：{m}</translation>
    </message>
    <message>
        <source>Stopped. Choose a method again to make the map.</source>
        <translation>已停止。再选一次方法即可生成分布图。</translation>
    </message>
    <message>
        <source>Your drawing, projected onto the same axes as the test images.</source>
        <translation>你的手写图，投影到与测试图像相同的坐标轴上。</translation>
    </message>
    <message>
        <source>Your drawing. t-SNE cannot place new images, so the star sits at the mean of the {k} test images whose features are nearest to your drawing&apos;s.</source>
        <translation>你的手写图。t-SNE 无法放置新图像，所以星形位于特征与你的手写图最接近的 {k} 张测试图像的平均位置。</translation>
    </message>
    <message>
        <source>Test image #{i}
True: {t}
Network: {p} ({c} %)</source>
        <translation>测试图像 #{i}
真实：{t}
网络：{p}（{c} %）</translation>
    </message>
</context>
</TS>
