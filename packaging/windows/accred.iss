; Inno Setup 6 script of the Windows installer of the press accreditation desk.
;
; Build the bundle on Windows first (packaging\README.md), then, from the repository's top folder:
;   iscc /DAppVersion=0.1.0 packaging\windows\accred.iss
; The version is the one of pyproject.toml (packaging\README.md shows how to pass it). The installer
; lands in dist\installer\accred-setup-<version>.exe. Checked by packaging/check_iss.py (tests).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\windows\accred.iss
#endif
#define AppName "Bàn cấp thẻ tác nghiệp"
#define AppExe "accred-desk.exe"
#define Bundle "..\..\dist\accred"

[Setup]
AppId={{6F3A1C2E-8B47-4D9A-A5E1-3C7D2B9F0E14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=accred
VersionInfoVersion={#AppVersion}
; per user: no administrator rights needed on the office's computers
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\accred
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=accred-setup-{#AppVersion}
SetupIconFile=..\..\build\accred-bundle\icons\accred.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\accred-desk.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\accred.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The officers' data (database, backups) is platformdirs' user data folder of the app
; (accred_app/config.py: author "accred", name "accred_app"). Uninstalling keeps it.
Name: "{localappdata}\accred\accred_app"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Đăng ký phóng viên, cấp thẻ tác nghiệp, kiểm soát ra vào"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
