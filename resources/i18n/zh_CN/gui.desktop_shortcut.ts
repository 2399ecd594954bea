<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DesktopShortcut</name>
    <message>
        <source>Open this app&apos;s folder in File Explorer, then the folder .venv\Scripts. Right-click cnn-playground.exe, choose Show more options &gt; Send to &gt; Desktop (create shortcut). Double-click the new shortcut on the desktop to start CNN Playground.</source>
        <translation>在文件资源管理器中打开本程序的文件夹，再打开 .venv\Scripts 文件夹。右键单击 cnn-playground.exe，选择“显示更多选项 &gt; 发送到 &gt; 桌面快捷方式”。双击桌面上新的快捷方式即可启动 CNN Playground。</translation>
    </message>
    <message>
        <source>In Finder, open this app&apos;s folder, then .venv/bin. Hold Option and Command and drag cnn-playground to the Desktop or the Dock: that makes a shortcut. Or build a stand-alone CNN Playground.app with PyInstaller (see the README) and drag it to Applications.</source>
        <translation>在访达中打开本程序的文件夹，再打开 .venv/bin。按住 Option 和 Command 键，把 cnn-playground 拖到桌面或程序坞：这样就创建了快捷方式。也可以用 PyInstaller 构建独立的 CNN Playground.app（见 README），再把它拖到“应用程序”文件夹。</translation>
    </message>
    <message>
        <source>Install desktop shortcut</source>
        <translation>安装桌面快捷方式</translation>
    </message>
    <message>
        <source>Could not write the shortcut: {error}. Check that {folder} is writable.</source>
        <translation>无法写入快捷方式：{error}。请检查 {folder} 是否可写。</translation>
    </message>
    <message>
        <source>CNN Playground is now in your applications menu (under Education). The shortcut is {path}; copy it to your Desktop folder to start the app from there too.</source>
        <translation>CNN Playground 已加入应用程序菜单（“教育”类）。快捷方式文件是 {path}；把它复制到桌面文件夹，也可以从桌面启动。</translation>
    </message>
</context>
</TS>
