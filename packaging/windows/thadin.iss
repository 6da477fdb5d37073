; Inno Setup script: a per-user Windows installer for the one-folder build in dist\Thadin.
;   iscc /DAppVersion=VERSION packaging\windows\thadin.iss     -> dist\Thadin-VERSION-setup.exe
; VERSION is desktop_app.__version__ (CI passes it; there is no default, so no second source).
; Installs without administrator rights (into %LOCALAPPDATA%\Programs\Thadin), adds a
; Start-menu entry, and registers "Open with Thadin" for release files. Windows matches
; only the last extension, so Thadin is added to .yaml's Open-with list rather than
; taking .yaml over (NAME.release.yaml files are still YAML to other programs).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=VERSION (desktop_app.__version__)
#endif

[Setup]
AppId={{5A0D2F3E-6A8B-4D51-9C3B-7E1F2A4C8B60}
AppName=Thadin
AppVersion={#AppVersion}
AppPublisher=Thadin developers
DefaultDirName={autopf}\Thadin
DefaultGroupName=Thadin
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Thadin-{#AppVersion}-setup
SetupIconFile=..\icons\thadin.ico
UninstallDisplayIcon={app}\Thadin.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Thadin\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Thadin"; Filename: "{app}\Thadin.exe"
Name: "{autodesktop}\Thadin"; Filename: "{app}\Thadin.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; HKA is HKCU for a per-user install (HKLM only if the user chose an all-users install).
Root: HKA; Subkey: "Software\Classes\Thadin.Release"; ValueType: string; ValueName: ""; ValueData: "Thadin release"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Thadin.Release\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Thadin.exe,0"
Root: HKA; Subkey: "Software\Classes\Thadin.Release\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Thadin.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "Thadin.Release"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Thadin.exe\SupportedTypes"; ValueType: string; ValueName: ".yaml"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Thadin.exe"; Description: "{cm:LaunchProgram,Thadin}"; Flags: nowait postinstall skipifsilent
