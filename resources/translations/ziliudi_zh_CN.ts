<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="25" />
        <location filename="../../desktop/ui/dialogs.py" line="29" />
        <location filename="../../desktop/ui/dialogs.py" line="34" />
        <source>Ziliudi</source>
        <translation>自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="52" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>The translation for {language} is missing.</source>
        <translation>缺少 {language} 的翻译文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144" />
        <source>Ziliudi — your own plot</source>
        <translation>自留地 — 你自己的地盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <source>{profile} — Ziliudi</source>
        <translation>{profile} — 自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148" />
        <source>Profile: {name}</source>
        <translation>账本：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150" />
        <source>No profile open</source>
        <translation>未打开账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>wrong chain</source>
        <translation>链不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>{network}: {state}</source>
        <translation>{network}：{state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170" />
        <source>Tasks are still running. Cancel them and quit?</source>
        <translation>还有任务在运行。取消这些任务并退出吗？</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="22" />
        <location filename="../../desktop/ui/pages/profiles.py" line="27" />
        <source>Profiles</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="30" />
        <source>Each profile is one business with its own book. Back up often; a backup can be taken while you work.</source>
        <translation>每个账本是一门独立的生意，数据各自保存。请经常备份；工作时也可以随时备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="34" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="34" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="34" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="43" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="44" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="45" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="46" />
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="47" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="78" />
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="93" />
        <source>New profile</source>
        <translation>新建账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="93" />
        <source>Name of the new profile:</source>
        <translation>新账本的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="106" />
        <source>Rename profile</source>
        <translation>重命名账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="106" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="122" />
        <source>Back up profile</source>
        <translation>备份账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="124" />
        <source>Ziliudi backup (*.ziliudi)</source>
        <translation>自留地备份 (*.ziliudi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="128" />
        <source>Backing up {name}</source>
        <translation>正在备份 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="130" />
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="134" />
        <location filename="../../desktop/ui/pages/profiles.py" line="138" />
        <source>Restore profile</source>
        <translation>恢复账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="135" />
        <source>Ziliudi backup (*.ziliudi *.db);;All files (*)</source>
        <translation>自留地备份 (*.ziliudi *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="138" />
        <source>Name of the restored profile:</source>
        <translation>恢复后的账本名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="146" />
        <source>Open another profile before replacing this one.</source>
        <translation>请先打开其他账本，再替换这个账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="148" />
        <source>Replace the profile “{name}”? Its current book is kept beside it as book.db.before-restore.</source>
        <translation>替换账本“{name}”吗？当前数据会保留在同一文件夹的 book.db.before-restore 中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="152" />
        <source>Restoring {name}</source>
        <translation>正在恢复 {name}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="20" />
        <location filename="../../desktop/ui/pages/settings.py" line="25" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="31" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="37" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>TasksIndicator</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="35" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49" />
        <source>{title} and {n} more</source>
        <translation>{title} 等 {n} 项</translation>
    </message>
</context>
</TS>