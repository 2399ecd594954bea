<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <source>LeNet-5 (classic)</source>
        <translation>LeNet-5（经典版）</translation>
    </message>
    <message>
        <source>LeCun&apos;s 1998 digit reader as taught in d2l: two 5x5 convolutions with sigmoid and average pooling, then three fully connected layers.</source>
        <translation>LeCun 1998 年的手写数字识别网络，按《动手学深度学习》（d2l） 的讲法：两个 5x5 卷积层，使用 sigmoid 和平均池化，接三个全连接层。</translation>
    </message>
    <message>
        <source>LeNet (modern)</source>
        <translation>LeNet（现代版）</translation>
    </message>
    <message>
        <source>LeNet with LeakyReLU(0.1) and max pooling: the same small network, but it learns much faster than the sigmoid original.</source>
        <translation>使用 LeakyReLU(0.1) 和最大池化的 LeNet：同样的小网络，但比原来的 sigmoid 版学得快得多。</translation>
    </message>
    <message>
        <source>LeNet, deeper 3x3</source>
        <translation>LeNet，更深的 3x3 版</translation>
    </message>
    <message>
        <source>Each 5x5 convolution of LeNet replaced by two 3x3 ones (2-4-8-16 filters): same view of the image, more layers, fewer weights.</source>
        <translation>LeNet 的每个 5x5 卷积换成两个 3x3 卷积（2-4-8-16 个卷积核）：感受野相同，层数更多，权重更少。</translation>
    </message>
    <message>
        <source>Simple CNN</source>
        <translation>简单 CNN</translation>
    </message>
    <message>
        <source>Two 5x5 convolutions (10 and 20 filters) with max pooling and a single fully connected layer: the smallest real CNN here.</source>
        <translation>两个 5x5 卷积层（10 和 20 个卷积核），使用最大池化，加一个全连接层：这里最小的真正 CNN。</translation>
    </message>
    <message>
        <source>Small Inception net</source>
        <translation>小型 Inception 网络</translation>
    </message>
    <message>
        <source>Looks through 1x1, 3x3 and 5x5 filters side by side and stacks what they find (the GoogLeNet idea), sized for 28x28 digits.</source>
        <translation>并排用 1x1、3x3 和 5x5 卷积核观察，再把它们的发现叠在一起（GoogLeNet 的思想），尺寸适合 28x28 的数字。</translation>
    </message>
    <message>
        <source>Small residual net</source>
        <translation>小型残差网络</translation>
    </message>
    <message>
        <source>Adds shortcuts that skip over pairs of 3x3 convolutions so learning signals pass easily (the ResNet idea), sized for 28x28 digits.</source>
        <translation>加入跳过每对 3x3 卷积的捷径连接，使学习信号容易传递（ResNet 的思想），尺寸适合 28x28 的数字。</translation>
    </message>
    <message>
        <source>AlexNet</source>
        <translation>AlexNet</translation>
    </message>
    <message>
        <source>The 2012 ImageNet winner: five convolutions and three large fully connected layers (58M weights); small images are enlarged to 227 px, so it is slow without a GPU.</source>
        <translation>2012 年 ImageNet 冠军：五个卷积层和三个大型全连接层（5800 万个权重）；小图像会放大到 227 像素，所以没有 GPU 时很慢。</translation>
    </message>
    <message>
        <source>MLP (no convolutions)</source>
        <translation>MLP（无卷积）</translation>
    </message>
    <message>
        <source>A baseline without convolutions: the image becomes one long list of pixels fed to two hidden layers (256 and 128 units).</source>
        <translation>不含卷积的基线模型：图像被展平成一长串像素，送入两个隐藏层（256 和 128 个神经元）。</translation>
    </message>
    <message>
        <source>ResNet-18 (torchvision)</source>
        <translation>ResNet-18（torchvision 版）</translation>
    </message>
    <message>
        <source>torchvision&apos;s 18-layer residual network (11M weights), trained from scratch; made for 224 px photos but fine on small images.</source>
        <translation>torchvision 的 18 层残差网络（1100 万个权重），从头训练；为 224 像素的照片设计，但在小图像上也能用。</translation>
    </message>
    <message>
        <source>GoogLeNet (torchvision)</source>
        <translation>GoogLeNet（torchvision 版）</translation>
    </message>
    <message>
        <source>torchvision&apos;s 22-layer Inception network (6M weights), trained from scratch; made for 224 px photos but fine on small images.</source>
        <translation>torchvision 的 22 层 Inception 网络（600 万个权重），从头训练；为 224 像素的照片设计，但在小图像上也能用。</translation>
    </message>
    <message>
        <source>DigitNet (bundled digit reader)</source>
        <translation>DigitNet（内置数字识别器）</translation>
    </message>
    <message>
        <source>Five small 3x3 conv layers with batch norm and global pooling: accurate, fast, robust to position.</source>
        <translation>五个小型 3x3 卷积层，带批归一化和全局池化：准确、快速，对位置变化稳健。</translation>
    </message>
    <message>
        <source>Your own network</source>
        <translation>你自己设计的网络</translation>
    </message>
    <message>
        <source>A network you designed, layer by layer, in a network file (main.py train --network FILE).</source>
        <translation>你逐层设计的网络，保存在网络文件中（在“设计”标签页设计，或在命令行中训练）。</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>Handwritten digits 0-9: 60,000 train + 10,000 test, 28x28 grey.</source>
        <translation>手写数字 0-9：训练集 60,000 张 + 测试集 10,000 张，28x28 灰度图。</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Clothing photos in 10 classes: 60,000 train + 10,000 test, 28x28 grey.</source>
        <translation>10 类服饰照片：训练集 60,000 张 + 测试集 10,000 张，28x28 灰度图。</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>Kuzushiji-MNIST</source>
        <translation>Kuzushiji-MNIST（日文草书）</translation>
    </message>
    <message>
        <source>Cursive Japanese hiragana in 10 classes: 60,000 train + 10,000 test, 28x28 grey.</source>
        <translation>10 类日文草书平假名：训练集 60,000 张 + 测试集 10,000 张，28x28 灰度图。</translation>
    </message>
    <message>
        <source>ki</source>
        <translation>き</translation>
    </message>
    <message>
        <source>su</source>
        <translation>す</translation>
    </message>
    <message>
        <source>tsu</source>
        <translation>つ</translation>
    </message>
    <message>
        <source>na</source>
        <translation>な</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>は</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>ま</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>や</translation>
    </message>
    <message>
        <source>re</source>
        <translation>れ</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>を</translation>
    </message>
    <message>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <source>Small colour photos in 10 classes: 50,000 train + 10,000 test, 32x32 RGB.</source>
        <translation>10 类小型彩色照片：训练集 50,000 张 + 测试集 10,000 张，32x32 RGB。</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>飞机</translation>
    </message>
    <message>
        <source>automobile</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>鸟</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>deer</source>
        <translation>鹿</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>青蛙</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>马</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>船</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>卡车</translation>
    </message>
    <message>
        <source>Shapes (built-in)</source>
        <translation>形状（内置）</translation>
    </message>
    <message>
        <source>Ten kinds of drawn shapes (circle, square, star, arrow, ...), 12,000 train + 2,000 test, 28x28 grey. Made on this computer: no download needed.</source>
        <translation>十种手绘形状（圆、正方形、星形、箭头……），训练集 12,000 张 + 测试集 2,000 张，28x28 灰度图。在本机生成：无需下载。</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆</translation>
    </message>
    <message>
        <source>square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>star</source>
        <translation>星形</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>心形</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>叉</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>加号</translation>
    </message>
    <message>
        <source>line</source>
        <translation>线</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>Your own images: one sub-folder per class (e.g. cats/, dogs/), optionally inside train/ and test/.</source>
        <translation>你自己的图像：每个类别一个子文件夹（如 cats/、dogs/），也可以放在 train/ 和 test/ 之下。</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>我的数字</translation>
    </message>
    <message>
        <source>Digits you drew and labelled on the Draw tab (collect mode).</source>
        <translation>你在“手写”页写下并标注的数字（收集模式）。</translation>
    </message>
    <message>
        <source>Class digits</source>
        <translation>全班的数字</translation>
    </message>
    <message>
        <source>The digits your class collected, gathered from everyone&apos;s exports; split by writer.</source>
        <translation>全班收集的数字，汇总自每个人导出的文件；按书写者划分。</translation>
    </message>
    <message>
        <source>LeNet on Fashion-MNIST (Adam)</source>
        <translation>LeNet 训练 Fashion-MNIST（Adam）</translation>
    </message>
    <message>
        <source>tutorial: plots the curves, reports no final number</source>
        <translation>教程：画出曲线，未报告最终数值</translation>
    </message>
    <message>
        <source>LeNet-5 classic (d2l)</source>
        <translation>LeNet-5 经典版（d2l）</translation>
    </message>
    <message>
        <source>The 1998 LeNet-5 (sigmoid, average pooling, Xavier) on Fashion-MNIST, SGD lr 0.9, batch 256.</source>
        <translation>1998 年的 LeNet-5（sigmoid、平均池化、Xavier 初始化）训练 Fashion-MNIST，SGD 学习率 0.9，批大小 256。</translation>
    </message>
    <message>
        <source>d2l: 0.804 test accuracy after 10 epochs</source>
        <translation>d2l：10 轮后测试准确率 0.804</translation>
    </message>
    <message>
        <source>Inception net on MNIST</source>
        <translation>Inception 网络训练 MNIST</translation>
    </message>
    <message>
        <source>Two Inception blocks between 5x5 convolutions, SGD 0.01 with momentum 0.5, batch 64.</source>
        <translation>5x5 卷积之间夹两个 Inception 模块，SGD 0.01，动量 0.5，批大小 64。</translation>
    </message>
    <message>
        <source>tutorial: 98.96 % test accuracy after 10 epochs</source>
        <translation>教程：10 轮后测试准确率 98.96 %</translation>
    </message>
    <message>
        <source>Residual net on MNIST</source>
        <translation>残差网络训练 MNIST</translation>
    </message>
    <message>
        <source>Two residual blocks after 5x5 convolutions, SGD 0.01 with momentum 0.5, batch 64.</source>
        <translation>5x5 卷积之后接两个残差模块，SGD 0.01，动量 0.5，批大小 64。</translation>
    </message>
    <message>
        <source>The mixed-in dataset&apos;s share of each batch.</source>
        <translation>混入的数据集在每个批次中所占的比例。</translation>
    </message>
    <message>
        <source>Disk space for the training timeline (the weights after each epoch), in MB; 0 keeps none.</source>
        <translation>训练时间线（每轮之后的权重）可用的磁盘空间，单位 MB；0 表示不保存。</translation>
    </message>
    <message>
        <source>Your own network, from a network file (for the network &apos;custom&apos;).</source>
        <translation>你自己设计的网络，来自一个网络文件（用于网络“custom”）。</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Slides small learned filters over the picture; each filter makes one output channel.</source>
        <translation>在图像上滑动学到的小滤波器；每个滤波器产生一个输出通道。</translation>
    </message>
    <message>
        <source>How many filters, so how many output channels.</source>
        <translation>滤波器的个数，也就是输出通道数。</translation>
    </message>
    <message>
        <source>The side of the square window, in pixels (3 or 5 are usual).</source>
        <translation>正方形窗口的边长，单位为像素（常用 3 或 5）。</translation>
    </message>
    <message>
        <source>How far the window moves each step; 2 halves the picture.</source>
        <translation>窗口每一步移动的距离；2 会把图像缩小一半。</translation>
    </message>
    <message>
        <source>Zero pixels added around the picture (kernel // 2 keeps its size).</source>
        <translation>在图像四周补的零像素（取窗口边长的一半可保持尺寸不变）。</translation>
    </message>
    <message>
        <source>Learn an offset per filter (off when batch norm follows).</source>
        <translation>每个滤波器学习一个偏置（后面接批归一化时关闭）。</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: a smaller picture that keeps the strongest signals.</source>
        <translation>保留每个窗口中的最大值：图像变小，但保留最强的信号。</translation>
    </message>
    <message>
        <source>The side of the square window, in pixels (2 halves the picture).</source>
        <translation>正方形窗口的边长，单位为像素（2 会把图像缩小一半）。</translation>
    </message>
    <message>
        <source>How far the window moves each step (usually the kernel).</source>
        <translation>窗口每一步移动的距离（通常等于窗口边长）。</translation>
    </message>
    <message>
        <source>Pixels added around the picture; at most half the kernel.</source>
        <translation>在图像四周补的像素；最多为窗口边长的一半。</translation>
    </message>
    <message>
        <source>Keep a last, partial window at the edge (as GoogLeNet does).</source>
        <translation>在边缘保留最后一个不完整的窗口（GoogLeNet 的做法）。</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>Averages each window: a smaller, smoother picture (LeNet-5&apos;s subsampling).</source>
        <translation>对每个窗口取平均：图像更小、更平滑（LeNet-5 的下采样）。</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Squeezes every value into 0..1 (LeNet-5&apos;s original choice; learns slowly in deep nets).</source>
        <translation>把每个值压缩到 0..1（LeNet-5 最初的选择；在深层网络中学得慢）。</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Squeezes every value into -1..1.</source>
        <translation>把每个值压缩到 -1..1。</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Keeps positive values and sets negative ones to 0: fast and the usual choice.</source>
        <translation>保留正值，把负值设为 0：速度快，是常用的选择。</translation>
    </message>
    <message>
        <source>LeakyReLU</source>
        <translation>LeakyReLU</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values are multiplied by 0.1 instead of set to 0.</source>
        <translation>与 ReLU 类似，但负值乘以 0.1，而不是设为 0。</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>Rescales each channel to mean 0 and spread 1 over the batch: deeper nets learn faster and steadier.</source>
        <translation>在一个批次内把每个通道缩放到均值 0、方差 1：更深的网络学得更快更稳。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout（随机失活）</translation>
    </message>
    <message>
        <source>While training, sets a random share of the values to 0, so the net cannot lean on a few of them.</source>
        <translation>训练时把随机的一部分值设为 0，使网络不能只依赖其中少数几个。</translation>
    </message>
    <message>
        <source>The share of values dropped while training (0.5 is classic).</source>
        <translation>训练时被丢弃的值所占的比例（经典值为 0.5）。</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <source>Turns the picture (channels x height x width) into one long list of numbers for linear layers.</source>
        <translation>把图像（通道 × 高 × 宽）变成一长串数字，供线性层使用。</translation>
    </message>
    <message>
        <source>A layer of its own; off: the next layer flattens its input in passing (torchvision&apos;s way), with no row in the layer table.</source>
        <translation>作为单独的一层；关闭时：下一层顺便展平它的输入（torchvision 的做法），层表中不占一行。</translation>
    </message>
    <message>
        <source>Linear (fully connected)</source>
        <translation>线性层（全连接）</translation>
    </message>
    <message>
        <source>Every output is a weighted sum of all inputs. Its input size follows the layers above it; the last one has &quot;classes&quot; units, one per class.</source>
        <translation>每个输出都是所有输入的加权和。它的输入大小由上面的层决定；最后一个线性层的单元数为 &apos;classes&apos;，每个类别一个。</translation>
    </message>
    <message>
        <source>How many outputs; &quot;classes&quot; makes one per class.</source>
        <translation>输出的个数；&apos;classes&apos; 表示每个类别一个。</translation>
    </message>
    <message>
        <source>Learn an offset per output.</source>
        <translation>每个输出学习一个偏置。</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <source>Averages each channel over the whole picture (size 1), or down to a size x size grid.</source>
        <translation>对每个通道在整幅图像上取平均（边长为 1 时得到一个数），或平均到更大的正方形网格。</translation>
    </message>
    <message>
        <source>The side of the grid each channel is averaged down to (1: one number).</source>
        <translation>每个通道平均后的网格边长（1：一个数）。</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Enlarges pictures smaller than this many pixels (as AlexNet does with small images); larger ones pass.</source>
        <translation>把小于这个像素数的图像放大（AlexNet 对小图像的做法）；更大的图像不变。</translation>
    </message>
    <message>
        <source>The smallest side a picture is enlarged to.</source>
        <translation>图像最短边放大到的尺寸。</translation>
    </message>
    <message>
        <source>Inception block (small)</source>
        <translation>Inception 模块（小型）</translation>
    </message>
    <message>
        <source>1x1, 3x3 and 5x5 filters and a pooling side by side, their 16 + 24 + 24 + 24 = 88 channels stacked (the tutorials&apos; block).</source>
        <translation>1x1、3x3、5x5 滤波器和一个池化并排，它们的 16 + 24 + 24 + 24 = 88 个通道叠在一起（教程中的模块）。</translation>
    </message>
    <message>
        <source>Residual block (small)</source>
        <translation>残差模块（小型）</translation>
    </message>
    <message>
        <source>Two 3x3 convolutions that keep the shape, with a shortcut that adds the block&apos;s input to their output (the tutorials&apos; block).</source>
        <translation>两个保持形状的 3x3 卷积，再加一条捷径把模块的输入加到它们的输出上（教程中的模块）。</translation>
    </message>
    <message>
        <source>Its channels: the same as its input&apos;s (0 follows the input).</source>
        <translation>它的通道数：与输入相同（0 表示跟随输入）。</translation>
    </message>
    <message>
        <source>Conv + batch norm + ReLU</source>
        <translation>卷积 + 批归一化 + ReLU</translation>
    </message>
    <message>
        <source>A convolution without bias, batch norm and ReLU in one block (torchvision&apos;s BasicConv2d, GoogLeNet&apos;s stem).</source>
        <translation>一个不带偏置的卷积、批归一化和 ReLU 组成的模块（torchvision 的 BasicConv2d，GoogLeNet 的起始部分）。</translation>
    </message>
    <message>
        <source>How many output channels.</source>
        <translation>输出通道数。</translation>
    </message>
    <message>
        <source>The side of the square window.</source>
        <translation>正方形窗口的边长。</translation>
    </message>
    <message>
        <source>How far the window moves each step.</source>
        <translation>窗口每一步移动的距离。</translation>
    </message>
    <message>
        <source>Zero pixels added around the picture.</source>
        <translation>在图像四周补的零像素。</translation>
    </message>
    <message>
        <source>Residual block (ResNet)</source>
        <translation>残差模块（ResNet）</translation>
    </message>
    <message>
        <source>ResNet-18&apos;s block: two 3x3 convolutions with batch norm and a shortcut; a 1x1 convolution on the shortcut when the channels or the size change.</source>
        <translation>ResNet-18 的模块：两个带批归一化的 3x3 卷积和一条捷径；通道数或尺寸改变时，捷径上加一个 1x1 卷积。</translation>
    </message>
    <message>
        <source>2 halves the picture (the first block of a new stage).</source>
        <translation>2 会把图像缩小一半（新阶段的第一个模块）。</translation>
    </message>
    <message>
        <source>Inception block (GoogLeNet)</source>
        <translation>Inception 模块（GoogLeNet）</translation>
    </message>
    <message>
        <source>GoogLeNet&apos;s block: four branches with batch norm side by side, their channels stacked.</source>
        <translation>GoogLeNet 的模块：四个带批归一化的分支并排，它们的通道叠在一起。</translation>
    </message>
    <message>
        <source>Channels of the 1x1 branch.</source>
        <translation>1x1 分支的通道数。</translation>
    </message>
    <message>
        <source>Channels of the 1x1 reduction before the 3x3 branch.</source>
        <translation>3x3 分支之前 1x1 降维的通道数。</translation>
    </message>
    <message>
        <source>Channels of the 3x3 branch.</source>
        <translation>3x3 分支的通道数。</translation>
    </message>
    <message>
        <source>Channels of the 1x1 reduction before the second branch.</source>
        <translation>第二个分支之前 1x1 降维的通道数。</translation>
    </message>
    <message>
        <source>Channels of the second branch (3x3 in torchvision, named 5x5 after the paper).</source>
        <translation>第二个分支的通道数（torchvision 中是 3x3，按论文称为 5x5）。</translation>
    </message>
    <message>
        <source>Channels of the 1x1 convolution after the 3x3 max pooling.</source>
        <translation>3x3 最大池化之后 1x1 卷积的通道数。</translation>
    </message>
    <message>
        <source>Weight updates per epoch; 0 makes one pass over the training images.</source>
        <translation>每轮的权重更新次数；0 表示遍历一次全部训练图像。</translation>
    </message>
    <message>
        <source>A dataset mixed into every batch, so that the network keeps what it learnt.</source>
        <translation>混入每个批次的数据集，让网络不忘记已学到的内容。</translation>
    </message>
    <message>
        <source>Apple GPU (Metal)</source>
        <translation>Apple GPU（Metal）</translation>
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
        <source>a run stopped</source>
        <translation>一次训练被停止</translation>
    </message>
    <message>
        <source>the run diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>a run ended</source>
        <translation>一次训练结束</translation>
    </message>
    <message>
        <source>arch</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>image_size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>batch_size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>weight_decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>step_every</source>
        <translation>衰减间隔</translation>
    </message>
    <message>
        <source>step_gamma</source>
        <translation>衰减系数</translation>
    </message>
    <message>
        <source>label_smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <source>grad_clip</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>val_fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>train_subset</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>steps_per_epoch</source>
        <translation>每轮步数</translation>
    </message>
    <message>
        <source>mix_dataset</source>
        <translation>混入数据集</translation>
    </message>
    <message>
        <source>mix_share</source>
        <translation>混入比例</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>mixed_precision</source>
        <translation>混合精度</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>init</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>batch_norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>timeline_mb</source>
        <translation>时间线空间 (MB)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络文件</translation>
    </message>
    <message>
        <source>train_loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>train_acc</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>val_acc</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>test_loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>test_acc</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>images_per_s</source>
        <translation>每秒图像数</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>sgd</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>adamw</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>rmsprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leakyrelu</source>
        <translation>LeakyReLU</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>kaiming</source>
        <translation>Kaiming (He)</translation>
    </message>
    <message>
        <source>tutorial: reports no final number for this net</source>
        <translation>教程：未报告该网络的最终数值</translation>
    </message>
    <message>
        <source>Modern LeNet (LeakyReLU, max-pooling) on clothes, Adam 0.001, batch 256.</source>
        <translation>现代 LeNet（LeakyReLU、最大池化）识别服装，Adam 0.001，批大小 256。</translation>
    </message>
    <message>
        <source>Deeper LeNet, 3x3 convolutions, on Fashion-MNIST</source>
        <translation>更深的 LeNet（3x3 卷积），Fashion-MNIST</translation>
    </message>
    <message>
        <source>The first tutorial&apos;s second try: each 5x5 convolution of LeNet becomes two 3x3 ones (2-4-8-16 filters), same Adam 0.001, batch 256, on clothes.</source>
        <translation>第一个教程的第二次尝试：LeNet 的每个 5x5 卷积换成两个 3x3 卷积（2-4-8-16 个卷积核），同样用 Adam 0.001，批大小 256，识别服装。</translation>
    </message>
    <message>
        <source>tutorial: a little below the 5x5 LeNet after 10 epochs (no number given); more epochs may close the gap</source>
        <translation>教程：10 轮后略低于 5x5 的 LeNet（未给出具体数字）；多训练几轮可能追上</translation>
    </message>
    <message>
        <source>Basic CNN on MNIST</source>
        <translation>MNIST 上的基础 CNN</translation>
    </message>
    <message>
        <source>The MNIST tutorial&apos;s first CNN: two 5x5 convolutions (10 and 20 filters) with max pooling and one fully connected layer, SGD 0.01 with momentum 0.5, batch 64.</source>
        <translation>MNIST 教程的第一个 CNN：两个 5x5 卷积层（10 和 20 个卷积核）加最大池化，和一个全连接层，SGD 0.01，动量 0.5，批大小 64。</translation>
    </message>
    <message>
        <source>AlexNet on your image folder</source>
        <translation>AlexNet 训练你的图像文件夹</translation>
    </message>
    <message>
        <source>AlexNet on a folder with one sub-folder per class (e.g. cats/ and dogs/), 227x227, Adam 0.001, batch 32.</source>
        <translation>AlexNet 训练一个每类一个子文件夹的图像文件夹（如 cats/ 和 dogs/），227x227，Adam 0.001，批大小 32。</translation>
    </message>
    <message>
        <source>tutorial: trains cats vs dogs; no accuracy reported</source>
        <translation>教程：训练猫狗分类；未报告准确率</translation>
    </message>
    <message>
        <source>Robust digit reader (the bundled model until 2026-11)</source>
        <translation>稳健数字识别器（2026-11 之前的内置模型）</translation>
    </message>
    <message>
        <source>A small CNN on MNIST with handwriting augmentation, so it reads real pen digits well.</source>
        <translation>在 MNIST 上用手写风格数据增强训练的小型 CNN，能很好地识别真实的笔写数字。</translation>
    </message>
    <message>
        <source>World digit reader (the bundled model)</source>
        <translation>多风格数字识别器（内置模型）</translation>
    </message>
    <message>
        <source>The robust digit reader also trained on writing styles MNIST lacks: slashed zeros, flagged and serifed ones, crossed sevens, hooked nines.</source>
        <translation>稳健数字识别器，另外还学习了 MNIST 缺少的书写风格：带斜杠的 0、带旗和衬线的 1、带横的 7、带钩的 9。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No augmentation: the network sees each image as it is.</source>
        <translation>不做数据增强：网络看到的就是原图。</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Random shifts of up to 2 pixels.</source>
        <translation>随机平移最多 2 个像素。</translation>
    </message>
    <message>
        <source>affine</source>
        <translation>仿射变换</translation>
    </message>
    <message>
        <source>Random shifts, rotations (±12°) and zoom (±10 %).</source>
        <translation>随机平移、旋转（±12°）和缩放（±10 %）。</translation>
    </message>
    <message>
        <source>handwriting</source>
        <translation>手写风格</translation>
    </message>
    <message>
        <source>Like &apos;affine&apos; plus shear and thicker or thinner strokes: reads real pen digits better.</source>
        <translation>在“仿射变换”基础上加上错切和笔画粗细变化：更能识别真实的笔写数字。</translation>
    </message>
    <message>
        <source>handwriting-styles</source>
        <translation>多种书写风格</translation>
    </message>
    <message>
        <source>Like &apos;handwriting&apos; plus styles MNIST hardly has: slashed zeros, flagged ones, crossed sevens, hooked nines (digit datasets only).</source>
        <translation>在“手写风格”基础上加上 MNIST 中很少见的写法：带斜杠的 0、带旗的 1、带横的 7、带钩的 9（仅限数字数据集）。</translation>
    </message>
    <message>
        <source>The network to train.</source>
        <translation>要训练的网络。</translation>
    </message>
    <message>
        <source>The images to learn from.</source>
        <translation>用来学习的图像。</translation>
    </message>
    <message>
        <source>The image folder (one sub-folder per class), for dataset &apos;folder&apos;.</source>
        <translation>图像文件夹（每个类别一个子文件夹），用于“图像文件夹”数据集。</translation>
    </message>
    <message>
        <source>Folder and built-in images are resized to this many pixels square.</source>
        <translation>文件夹和内置图像缩放为该边长（像素）的正方形。</translation>
    </message>
    <message>
        <source>Passes over all training images.</source>
        <translation>遍历全部训练图像的次数。</translation>
    </message>
    <message>
        <source>Images per weight update (64 or 256 are good starts).</source>
        <translation>每次权重更新所用的图像数（64 或 256 是不错的起点）。</translation>
    </message>
    <message>
        <source>The learning rate (try 0.001 for Adam, 0.01-0.1 for SGD).</source>
        <translation>学习率（Adam 试 0.001，SGD 试 0.01-0.1）。</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and up to 100 (try 0.001 for Adam, 0.01-0.1 for SGD).</source>
        <translation>学习率必须是大于 0、不超过 100 的数（Adam 试 0.001，SGD 试 0.01-0.1）。</translation>
    </message>
    <message>
        <source>The optimizer.</source>
        <translation>优化器。</translation>
    </message>
    <message>
        <source>Momentum of SGD and RMSprop (0.9 is usual).</source>
        <translation>SGD 和 RMSprop 的动量（通常为 0.9）。</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD with momentum only).</source>
        <translation>Nesterov 动量（仅用于带动量的 SGD）。</translation>
    </message>
    <message>
        <source>Weight decay (0 or 1e-4 are usual).</source>
        <translation>权重衰减（通常为 0 或 1e-4）。</translation>
    </message>
    <message>
        <source>The learning-rate schedule.</source>
        <translation>学习率调度。</translation>
    </message>
    <message>
        <source>Step schedule: epochs between learning-rate drops.</source>
        <translation>阶梯调度：两次降低学习率之间的轮数。</translation>
    </message>
    <message>
        <source>Step schedule: the learning-rate factor at each drop.</source>
        <translation>阶梯调度：每次降低时学习率乘的系数。</translation>
    </message>
    <message>
        <source>Label smoothing (0.1 is usual).</source>
        <translation>标签平滑（通常为 0.1）。</translation>
    </message>
    <message>
        <source>Gradient clipping: the largest gradient norm, 0 for off (1.0 is usual).</source>
        <translation>梯度裁剪：梯度范数的上限，0 表示关闭（通常为 1.0）。</translation>
    </message>
    <message>
        <source>Random changes to each training batch.</source>
        <translation>对每个训练批次做的随机变换。</translation>
    </message>
    <message>
        <source>Share of training images kept aside for validation (0.1 = 10 %).</source>
        <translation>从训练图像中留作验证的比例（0.1 = 10 %）。</translation>
    </message>
    <message>
        <source>Train on only this many images; 0 uses all.</source>
        <translation>只用这么多张图像训练；0 表示全部。</translation>
    </message>
    <message>
        <source>The random seed: the same seed repeats a run.</source>
        <translation>随机种子：相同的种子可重复一次训练。</translation>
    </message>
    <message>
        <source>Where to train: auto, cpu, cuda, cuda:1, mps.</source>
        <translation>在哪里训练：auto、cpu、cuda、cuda:1、mps。</translation>
    </message>
    <message>
        <source>16-bit arithmetic on an NVIDIA GPU.</source>
        <translation>在 NVIDIA GPU 上使用 16 位运算。</translation>
    </message>
    <message>
        <source>CPU threads; 0 lets PyTorch choose.</source>
        <translation>CPU 线程数；0 表示由 PyTorch 决定。</translation>
    </message>
    <message>
        <source>The network&apos;s activation; unset keeps the recipe&apos;s own.</source>
        <translation>网络的激活函数；不设置则保留配方自带的。</translation>
    </message>
    <message>
        <source>How weights start; unset keeps the recipe&apos;s own.</source>
        <translation>权重的初始化方式；不设置则保留配方自带的。</translation>
    </message>
    <message>
        <source>Dropout share; unset keeps the recipe&apos;s own (0.5 is classic).</source>
        <translation>Dropout 比例；不设置则保留配方自带的（经典值 0.5）。</translation>
    </message>
    <message>
        <source>Batch normalisation; unset keeps the recipe&apos;s own.</source>
        <translation>批归一化；不设置则保留配方自带的。</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>已在本机</translation>
    </message>
    <message>
        <source>needs download</source>
        <translation>需要下载</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>选择一个文件夹</translation>
    </message>
    <message>
        <source>draw some first</source>
        <translation>请先写一些</translation>
    </message>
</context>
</TS>
