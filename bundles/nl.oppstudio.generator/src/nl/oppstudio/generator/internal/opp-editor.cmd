@echo off
rem @NAME@ @VERSION@: starts the OPP Editor (written by opp generate, see LEESMIJ.txt).
rem   "OPP Editor.cmd" [MAP] [DOCUMENT.opp]          het venster, met de map (standaard Documenten\OPP)
rem   "OPP Editor.cmd" --pdf DOCUMENT.opp UIT.pdf    een PDF maken, zonder venster
rem   "OPP Editor.cmd" --bijwerken [--van ADRES] [MAP]   updates van het formaat installeren
setlocal EnableExtensions DisableDelayedExpansion
chcp 65001 > nul
set "NAME=@NAME@"
set "MINIMUM=21"
set "INSTALL=%~dp0"
if "%INSTALL:~-1%"=="\" set "INSTALL=%INSTALL:~0,-1%"

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
exit /b 3

:java_found
set "JAVAW=%JAVA:java.exe=javaw.exe%"
set "CONFIGURATION=%LOCALAPPDATA%\oppstudio\@ID@\configuration-@AREA_VERSION@"
set "DATA=%APPDATA%\oppstudio\@ID@\werkruimte"
rem The install may be read-only: OSGi writes into a configuration area of the user's own, with the
rem install's configuration\ as its shared parent.
set OPTIONS=-Xmx1g -XX:TieredStopAtLevel=1 "-Dosgi.sharedConfiguration.area=%INSTALL%\configuration" -Dosgi.configuration.cascaded=true -jar "%INSTALL%\plugins\@LAUNCHER@" -install "%INSTALL%" -configuration "%CONFIGURATION%" -data "%DATA%"

if /i "%~1"=="--pdf" goto :pdf
if /i "%~1"=="--bijwerken" goto :update
set "ARG=%~1"
if "%ARG:~0,1%"=="-" goto :passon
goto :window

:pdf
if "%~3"=="" goto :usage
if not "%~4"=="" goto :usage
if not exist "%~2" (
  echo %NAME%: document bestaat niet: %~2
  exit /b 2
)
"%JAVA%" %OPTIONS% -open "%~f2" -exportPdf "%~f3"
exit /b %ERRORLEVEL%

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
if not exist "%FOLDER%\" (
  echo %NAME%: map bestaat niet: %FOLDER%
  exit /b 2
)
if defined FROM (
  "%JAVA%" %OPTIONS% -update -updateFrom "%FROM%" -yes -folder "%FOLDER%"
) else (
  "%JAVA%" %OPTIONS% -update -yes -folder "%FOLDER%"
)
exit /b %ERRORLEVEL%

:passon
"%JAVA%" %OPTIONS% %*
exit /b %ERRORLEVEL%

:window
set "FOLDER="
set "DOCUMENT="
if not "%~3"=="" goto :usage
set "BAD="
call :argument "%~1"
call :argument "%~2"
if defined BAD (
  echo %NAME%: %BAD%
  exit /b 2
)
if not defined FOLDER if defined DOCUMENT for %%d in ("%DOCUMENT%") do set "FOLDER=%%~dpd"
if defined FOLDER if "%FOLDER:~-1%"=="\" set "FOLDER=%FOLDER:~0,-1%"
if not defined FOLDER call :default_folder
if defined DOCUMENT (
  start "" "%JAVAW%" %OPTIONS% -folder "%FOLDER%" -open "%DOCUMENT%"
) else (
  start "" "%JAVAW%" %OPTIONS% -folder "%FOLDER%"
)
exit /b 0

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

:usage
echo gebruik: "%~nx0" [MAP] [DOCUMENT.opp]
echo          "%~nx0" --pdf DOCUMENT.opp UIT.pdf
echo          "%~nx0" --bijwerken [--van ADRES] [MAP]
exit /b 2

rem Sets JAVA to %1 when it is Java %MINIMUM% or newer; else FOUND to what it is.
:try
if defined JAVA goto :eof
if not exist "%~1" goto :eof
set "VERSION="
for /f "tokens=3" %%v in ('call "%~1" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined VERSION set "VERSION=%%~v"
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
  goto :eof
)
if not defined FOUND set "FOUND=Java %MAJOR% in %~1"
goto :eof
