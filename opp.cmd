@echo off
rem opp: the OPP Studio command line on Windows. Needs JAVA_HOME pointing at a JDK >= 21 and a
rem product built by "mvnw.cmd verify". The window ("opp studio") needs a Windows product, which is
rem not built yet: use the command line here.
setlocal
set "HERE=%~dp0"
if "%JAVA_HOME%"=="" (
  echo OPP Studio heeft een JDK 21 of nieuwer nodig: zet JAVA_HOME. 1>&2
  exit /b 2
)
set "PRODUCT=%HERE%releng\nl.oppstudio.product\target\products\nl.oppstudio.product\linux\gtk\x86_64"
if not exist "%PRODUCT%\plugins" (
  echo OPP Studio is nog niet gebouwd; eenmalig bouwen... 1>&2
  call "%HERE%mvnw.cmd" -q -DskipTests verify || exit /b 2
)
if "%1"=="studio" (
  echo opp studio werkt op Windows nog niet: er is alleen een Linux-product. 1>&2
  exit /b 2
)
rem Of two commons-io (FOP's 2.11 and POI's 2.21) the newest goes first on the class path, so that it wins:
rem POI (opp import-word) needs 2.21, and FOP runs on it as well (as ./opp does; review finding 28). "dir /o:n"
rem sorts by name, which puts 2.21 after 2.11; the last one listed is kept.
set "COMMONSIO="
for /f "delims=" %%f in ('dir /b /o:n "%PRODUCT%\plugins\org.apache.commons.commons-io_*.jar" 2^>nul') do set "COMMONSIO=%PRODUCT%\plugins\%%f;"
rem Checked formats are kept in the cache folder, so that an unchanged format is not read through Xtext again.
"%JAVA_HOME%\bin\java" "-Dnl.oppstudio.format.cache=%LOCALAPPDATA%\oppstudio\formats" "-Dnl.oppstudio.product=%PRODUCT%" -cp "%COMMONSIO%%PRODUCT%\plugins\*" nl.oppstudio.cli.Main %*
