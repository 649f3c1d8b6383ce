; Inno Setup script for KuPay POS: a per-user installer that needs no administrator rights.
;
; Built by `python packaging/build.py --package` on Windows, which passes:
;   /DAppVersion=<version from pyproject.toml>   /DSourceDir=dist\kupay-pos   /DOutputDir=dist
;   /DIconFile=resources\icons\kupay-pos.ico
; and signs dist\kupay-pos\kupay-pos.exe before this runs and the installer after, when the signing secrets
; exist. By hand: iscc /DAppVersion=<version> /DSourceDir=..\..\dist\kupay-pos packaging\windows\kupay-pos.iss

#ifndef AppVersion
  #error AppVersion is not defined: build with `python packaging/build.py --package` (it reads pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\kupay-pos"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\kupay-pos.ico"
#endif

#define AppName "KuPay POS"
#define AppExe "kupay-pos.exe"
#define AppPublisher "KuPay"
#define AppURL "https://kupay.finance"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{F19C7F51-B3A9-49FB-886E-7AB8FC4D3983}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppUpdatesURL={#AppURL}
AppCopyright=MIT License
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per-user install: no UAC prompt, so a shop assistant's account can install and update the terminal.
; {autopf} resolves to %LOCALAPPDATA%\Programs when running with lowest privileges.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=KuPay-POS-Setup-{#AppVersion}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade while the till is open would replace files under it.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. ignoreversion: every file belongs to this exact build.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (demo, no real money)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program only. The sales journal, settings and logs under
; %LOCALAPPDATA%\KuPay\kupay-pos stay: they are the shop's records (delete them by hand if wanted), and
; the API token stays in Windows Credential Manager under "kupay-pos".
