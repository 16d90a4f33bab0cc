; Inno Setup 6.3+ script: the Windows installer of kcbx (控辍保学工作台).
; Build on Windows (see README.md beside this file):
;     python installer\build.py            -> dist\kcbx  (the PyInstaller bundle, smoke-tested)
;     iscc installer\windows\kcbx.iss      -> dist\kcbx-<version>-setup.exe
;
; For the current user only, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\kcbx, a Start-menu entry is made, an uninstaller is registered.
; The user's data lives elsewhere — %LOCALAPPDATA%\kcbx (desktop/paths.py) — and this installer
; never names that folder: uninstalling leaves it, a newer version installed over an older one
; keeps it, and the first start of the newer version backs the database up and migrates it.

; The version: pass /DAppVersion=x.y.z to iscc (README.md); desktop/__init__.py holds it.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "控辍保学工作台"
#define Bundle "..\..\dist\kcbx"

[Setup]
; AppId identifies the program across versions (upgrades, uninstall): never change it.
AppId={{6F1C5E2A-3B7D-4C8E-9A41-2D5F7E0B9C13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kcbx
PrivilegesRequired=lowest
DefaultDirName={autopf}\kcbx
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\kcbx.exe
SetupIconFile=..\icons\kcbx.ico
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kcbx-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running kcbx (Restart Manager) before its files are replaced.
CloseApplications=yes

[Languages]
; Inno Setup ships no Simplified Chinese messages: put ChineseSimplified.isl (README.md) here.
#ifexist AddBackslash(SourcePath) + "ChineseSimplified.isl"
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer version no longer ships (an old Qt
; plugin, say) must not stay behind to be loaded. Only the program folder's own parts.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\kcbx.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\kcbx.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\kcbx.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
