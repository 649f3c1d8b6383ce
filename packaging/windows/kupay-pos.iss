; Inno Setup script for KuPay POS: a per-user installer that needs no administrator rights.
;
; Built by `python packaging/build.py --package` on Windows, which passes:
;   /DAppVersion=<version from pyproject.toml>   /DAppNumericVersion=<its four integers, pre-release part dropped>
;   /DSourceDir=dist\kupay-pos   /DOutputDir=dist   /DIconFile=resources\icons\kupay-pos.ico
; and, when WINDOWS_SIGN_COMMAND is set, /Skupaysign=<that command> /DSignTool=kupaysign (the exes are
; signed before this runs). By hand:
;   iscc /DAppVersion=<version> /DAppNumericVersion=<a.b.c.d> /DSourceDir=..\..\dist\kupay-pos packaging\windows\kupay-pos.iss

#ifndef AppVersion
  #error AppVersion is not defined: build with `python packaging/build.py --package` (it reads pyproject.toml)
#endif
#ifndef AppNumericVersion
  #error AppNumericVersion is not defined: build with `python packaging/build.py --package`
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
; Windows version resources take at most four integers: a pre-release is its release numbers here, and
; in full in the text versions.
VersionInfoVersion={#AppNumericVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
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
; Windows 10 1809 or later: Python 3.11 and Qt 6 do not run on older Windows; Setup says so and stops.
MinVersion=10.0.17763
; An upgrade while the till is open would replace files under it.
CloseApplications=yes
RestartApplications=no
#ifdef SignTool
; Inno Setup signs Setup, the uninstaller and the temporary copies of itself it runs; a signature added
; after compiling would leave those unsigned (and blocked by Defender's attack-surface rules).
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade only overwrites files: one the new build dropped (an old Qt plugin) would stay and be loaded.
; The bundle is rebuilt whole each time, so clear it first. The shop's data lives elsewhere (see below).
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle (kupay-pos.exe, kupay-pos-cli.exe, _internal). ignoreversion: every file
; belongs to this exact build.
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
