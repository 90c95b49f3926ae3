@echo off
rem @NAME@ @VERSION@: starts the OPP Editor (written by opp generate, see LEESMIJ.txt).
rem   "OPP Editor.cmd" [MAP] [DOCUMENT.opp]          het venster, met de map (standaard Documenten\OPP)
rem   "OPP Editor.cmd" --pdf DOCUMENT.opp UIT.pdf    een PDF maken, zonder venster
rem   "OPP Editor.cmd" --bijwerken [--van ADRES] [MAP]   updates van het formaat installeren
setlocal EnableExtensions DisableDelayedExpansion
rem UTF-8 for the messages; the console's own code page is set back at every exit (:quit)
set "CODEPAGE="
for /f "tokens=2 delims=:." %%c in ('chcp') do set /a CODEPAGE=%%c 2>nul
chcp 65001 > nul
set "NAME=@NAME@"
set "MINIMUM=21"
set "INSTALL=%~dp0"
if "%INSTALL:~-1%"=="\" set "INSTALL=%INSTALL:~0,-1%"
set "LAUNCHER=%INSTALL%\plugins\@LAUNCHER@"
if exist "%LAUNCHER%" goto :launcher_found
echo %NAME% kan niet starten: het bestand %LAUNCHER% ontbreekt.
echo Pak het gedownloade pakket opnieuw helemaal uit en start %NAME% vanuit die map.
if "%~1"=="" pause
set "RC=3"
goto :quit

:launcher_found

rem Java: a jre\ folder beside the program first, then JAVA_HOME, then java on the PATH.
set "JAVA="
set "FOUND="
call :try "%INSTALL%\jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do call :try "%%j"
if defined JAVA goto :java_found
set "PROBLEM=Op deze computer is geen Java gevonden."
if defined FOUND set "PROBLEM=Op deze computer staat alleen %FOUND%."
echo %NAME% heeft Java %MINIMUM% of nieuwer nodig. %PROBLEM%
echo Installeer Java %MINIMUM% of nieuwer ^(gratis: Temurin, van https://adoptium.net/nl/^) en start %NAME% opnieuw.
echo Of zet Java in een map jre naast het programma: %INSTALL%\jre
if "%~1"=="" pause
set "RC=3"
goto :quit

:java_found
set "JAVAW=%JAVA:java.exe=javaw.exe%"
set "CONFIGURATION=%LOCALAPPDATA%\oppstudio\@ID@\configuration-@AREA_VERSION@"
set "DATA=%APPDATA%\oppstudio\@ID@\werkruimte"
rem USERDATA: downloaded format updates (the editor's nl.oppstudio.editor.data); CACHE: per product and version,
rem a class archive that the JVM writes after the first start and checks at every start, and the checked formats.
set "USERDATA=%APPDATA%\oppstudio\@ID@"
set "CACHE=%LOCALAPPDATA%\oppstudio\@ID@\@AREA_VERSION@"
if not exist "%CACHE%\" mkdir "%CACHE%" 2> nul
rem Guice uses sun.misc.Unsafe: Java 24 and newer warn about it at every start unless told it is allowed.
set "UNSAFE="
if %JAVA_MAJOR% GEQ 24 set "UNSAFE=--sun-misc-unsafe-memory-access=allow"
rem The install may be read-only: OSGi writes into a configuration area of the user's own, with the
rem install's configuration\ as its shared parent.
rem Extra JVM options of the user or the school's IT, e.g. a proxy: -Dhttps.proxyHost=... -Dhttps.proxyPort=...
set OPTIONS=-Xmx1g -XX:TieredStopAtLevel=1 %UNSAFE% -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%CACHE%\editor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "-Dnl.oppstudio.format.cache=%CACHE%\formats" "-Dnl.oppstudio.editor.data=%USERDATA%" %OPP_EDITOR_JAVA_OPTIONS% "-Dosgi.sharedConfiguration.area=%INSTALL%\configuration" -Dosgi.configuration.cascaded=true -jar "%LAUNCHER%" -install "%INSTALL%" -configuration "%CONFIGURATION%" -data "%DATA%"

if /i "%~1"=="--pdf" goto :pdf
if /i "%~1"=="--bijwerken" goto :update
set "ARG=%~1"
if "%ARG:~0,1%"=="-" goto :passon
goto :window

:pdf
if "%~3"=="" goto :usage
if not "%~4"=="" goto :usage
set "BAD=document bestaat niet: %~2"
if not exist "%~2" goto :bad
"%JAVA%" %OPTIONS% -open "%~f2" -exportPdf "%~f3"
set "RC=%ERRORLEVEL%"
goto :quit

:update
shift
set "FROM="
if /i "%~1"=="--van" (
  if "%~2"=="" goto :usage
  set "FROM=%~2"
  shift
  shift
)
set "FOLDER=%~f1"
if not "%~2"=="" goto :usage
if "%~1"=="" call :default_folder
set "BAD=map bestaat niet: %FOLDER%"
if not exist "%FOLDER%\" goto :bad
if defined FROM (
  "%JAVA%" %OPTIONS% -updateFormats -updateFrom "%FROM%" -yes -folder "%FOLDER%"
) else (
  "%JAVA%" %OPTIONS% -updateFormats -yes -folder "%FOLDER%"
)
set "RC=%ERRORLEVEL%"
goto :quit

:passon
"%JAVA%" %OPTIONS% %*
set "RC=%ERRORLEVEL%"
goto :quit

:window
set "FOLDER="
set "DOCUMENT="
if not "%~3"=="" goto :usage
set "BAD="
call :argument "%~1"
call :argument "%~2"
if defined BAD goto :bad
if not defined FOLDER if defined DOCUMENT for %%d in ("%DOCUMENT%") do set "FOLDER=%%~dpd"
if defined FOLDER if "%FOLDER:~-1%"=="\" set "FOLDER=%FOLDER:~0,-1%"
if not defined FOLDER call :default_folder
if defined DOCUMENT (
  start "" "%JAVAW%" %OPTIONS% -folder "%FOLDER%" -open "%DOCUMENT%"
) else (
  start "" "%JAVAW%" %OPTIONS% -folder "%FOLDER%"
)
set "RC=0"
goto :quit

:argument
if "%~1"=="" goto :eof
if /i "%~x1"==".opp" (
  if not exist "%~1" (
    set "BAD=document bestaat niet: %~1"
    goto :eof
  )
  set "DOCUMENT=%~f1"
  goto :eof
)
if not exist "%~1\" (
  set "BAD=map bestaat niet: %~1"
  goto :eof
)
set "FOLDER=%~f1"
goto :eof

:default_folder
set "DOCUMENTS="
for /f "tokens=2,*" %%a in ('reg query "HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\User Shell Folders" /v Personal 2^>nul ^| find "Personal"') do set "DOCUMENTS=%%b"
if defined DOCUMENTS call set "DOCUMENTS=%DOCUMENTS%"
if not defined DOCUMENTS set "DOCUMENTS=%USERPROFILE%\Documents"
set "FOLDER=%DOCUMENTS%\OPP"
if not exist "%FOLDER%\" mkdir "%FOLDER%"
goto :eof

:bad
rem outside parentheses: a path with ( or ) in it is echoed as it is
echo %NAME%: %BAD%
set "RC=2"
goto :quit

:usage
echo gebruik: "%~nx0" [MAP] [DOCUMENT.opp]
echo          "%~nx0" --pdf DOCUMENT.opp UIT.pdf
echo          "%~nx0" --bijwerken [--van ADRES] [MAP]
set "RC=2"
goto :quit

:quit
if defined CODEPAGE chcp %CODEPAGE% > nul
exit /b %RC%

rem Sets JAVA to %1 (and JAVA_MAJOR) when it is Java %MINIMUM% or newer; else FOUND to what it is. The version is
rem the third word of the line "NAME version "X"": a "Picked up JAVA_TOOL_OPTIONS" line before it is skipped.
:try
if defined JAVA goto :eof
if not exist "%~1" goto :eof
set "VERSION="
for /f "tokens=1-3" %%a in ('call "%~1" -version 2^>^&1') do if not defined VERSION if /i "%%~b"=="version" set "VERSION=%%~c"
if not defined VERSION goto :eof
set "MAJOR="
set "MINOR="
for /f "tokens=1,2 delims=.-+_" %%a in ("%VERSION%") do (
  set "MAJOR=%%a"
  set "MINOR=%%b"
)
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
set /a MAJOR=MAJOR+0 2>nul
if %MAJOR% GEQ %MINIMUM% (
  set "JAVA=%~1"
  set "JAVA_MAJOR=%MAJOR%"
  goto :eof
)
if not defined FOUND set "FOUND=Java %MAJOR% in %~1"
goto :eof
