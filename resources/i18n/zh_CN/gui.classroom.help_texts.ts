<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>HelpTexts</name>
    <message>
        <source>Choose a network and its settings, press Start and watch it learn, epoch by epoch.</source>
        <translation>选择网络和设置，按“开始”，一轮一轮地看它学习。</translation>
    </message>
    <message>
        <source>Build your own network layer by layer: each layer&apos;s output shape and weights show as you edit.</source>
        <translation>一层一层搭建你自己的网络：编辑时即可看到每层的输出形状和权重。</translation>
    </message>
    <message>
        <source>Draw a digit or open a picture, and see what the network reads in it.</source>
        <translation>画一个数字或打开一张图片，看看网络认出了什么。</translation>
    </message>
    <message>
        <source>Where the network is right and where it is wrong, on images it never trained on.</source>
        <translation>在从未训练过的图像上，网络哪里对、哪里错。</translation>
    </message>
    <message>
        <source>Look inside the network: its filters, its weights, and what each layer sees.</source>
        <translation>看看网络内部：它的卷积核、权重，以及每一层看到了什么。</translation>
    </message>
    <message>
        <source>Every training run saved on this computer: compare them and open one again.</source>
        <translation>这台电脑上保存的所有训练记录：比较它们，或重新打开其中一个。</translation>
    </message>
    <message>
        <source>Let the computer try many settings, one short training each, and find the ones that work best.</source>
        <translation>让电脑尝试许多组设置，每组做一次短训练，找出效果最好的那组。</translation>
    </message>
    <message>
        <source>The loss: how wrong the network still is. It should fall as it learns; the faint line is every batch, the dark one its average, the dots one value per epoch.</source>
        <translation>损失：网络还错得有多厉害。学习时它应当下降；浅色线是每个批次，深色线是平均值，圆点是每轮一个值。</translation>
    </message>
    <message>
        <source>The accuracy: the share of images the network gets right after each epoch, on training, validation and test images. A growing gap between them means it memorises.</source>
        <translation>准确率：每轮之后网络在训练集、验证集和测试集图像上答对的比例。它们之间的差距越来越大，说明网络在死记硬背。</translation>
    </message>
    <message>
        <source>The learning rate during the run: how big each step of learning is. A schedule makes it smaller towards the end.</source>
        <translation>训练过程中的学习率：每一步学习迈多大。学习率调度会让它在后期变小。</translation>
    </message>
    <message>
        <source>Test images with the network&apos;s answer under each: green is right, red is wrong. They update after every epoch.</source>
        <translation>测试图像，下面是网络的答案：绿色为对，红色为错。每轮结束后更新。</translation>
    </message>
    <message>
        <source>How sure the network is of each class for your drawing: the longest bar is its answer.</source>
        <translation>网络对你画的图属于每个类别有多确定：最长的条就是它的答案。</translation>
    </message>
    <message>
        <source>How sure the network is of each class for this picture: the longest bar is its answer.</source>
        <translation>网络对这张图片属于每个类别有多确定：最长的条就是它的答案。</translation>
    </message>
    <message>
        <source>Your network, one row per layer from the picture down to the answer: what each layer hands on (channels × height × width) and its weights. A red layer does not fit; its tooltip says why.</source>
        <translation>你的网络，从图像到答案每层一行：每层输出什么（通道 × 高 × 宽）以及它的权重。红色的层不合适；它的提示会说明原因。</translation>
    </message>
    <message>
        <source>Whether the network fits the images chosen above, and if not, what to change at which layer.</source>
        <translation>网络是否适合上面所选的图像；如果不适合，要在哪一层改什么。</translation>
    </message>
    <message>
        <source>The options of the selected layer; hover over one to read what it does.</source>
        <translation>所选层的选项；把鼠标停在某个选项上可以看到它的作用。</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse; the network reads it while you draw.</source>
        <translation>用鼠标在这里画一个数字；你边画，网络边识别。</translation>
    </message>
    <message>
        <source>Your drawing as the network sees it: shrunk to 28x28 grey pixels and centred, like MNIST.</source>
        <translation>网络眼中的你的画：缩小到 28x28 灰度像素并居中，和 MNIST 一样。</translation>
    </message>
    <message>
        <source>The confusion matrix: each row is the true class, each column the network&apos;s answer. The diagonal counts the right answers; click a cell to see its images.</source>
        <translation>混淆矩阵：每一行是真实类别，每一列是网络的答案。对角线上是答对的数量；点击一个格子可以查看其中的图像。</translation>
    </message>
    <message>
        <source>Images with the network&apos;s answer and how sure it was; red frames are mistakes.</source>
        <translation>图像及网络的答案和把握程度；红框表示答错。</translation>
    </message>
    <message>
        <source>The filters of a convolutional layer: each small square is a pattern the layer looks for, such as an edge or a stroke.</source>
        <translation>卷积层的卷积核：每个小方块是这一层要寻找的一种图案，比如边缘或笔画。</translation>
    </message>
    <message>
        <source>How the weights are spread, now and at the start, and how much each layer still changes from one epoch to the next.</source>
        <translation>权重现在和开始时的分布，以及每一层在相邻两轮之间还变化多少。</translation>
    </message>
    <message>
        <source>Feature maps: what each filter finds in the picture. Bright means the pattern is there.</source>
        <translation>特征图：每个卷积核在图片中找到了什么。越亮表示那里有这种图案。</translation>
    </message>
    <message>
        <source>Saliency: the pixels that push the network towards a class. Bright pixels mattered most for its answer.</source>
        <translation>显著图：把网络推向某个类别的像素。越亮的像素对它的答案影响越大。</translation>
    </message>
    <message>
        <source>A grid of small pictures computed from the network; point at one for its name.</source>
        <translation>由网络计算出的小图网格；把鼠标指向其中一个可看到它的名称。</translation>
    </message>
    <message>
        <source>The network&apos;s layers from input to output: the size of what each one produces, its number of weights and how much of the image it sees.</source>
        <translation>网络从输入到输出的各层：每层输出的大小、权重数量，以及它能看到图像的多大范围。</translation>
    </message>
    <message>
        <source>One line per finished epoch: losses, accuracies, learning rate and time taken.</source>
        <translation>每完成一轮记一行：损失、准确率、学习率和用时。</translation>
    </message>
    <message>
        <source>The run at a glance: the epoch, the latest numbers, and how much of the run is done.</source>
        <translation>训练概况：当前轮次、最新数值，以及完成了多少。</translation>
    </message>
    <message>
        <source>How well the network reads the digits you collected yourself.</source>
        <translation>网络识别你自己收集的数字的效果。</translation>
    </message>
</context>
</TS>
