@echo off
rem Oefenplein op deze computer: start Caddy met de instellingen in Caddyfile.
cd /d "%~dp0"
if not exist caddy.exe (
  echo caddy.exe staat niet in deze map.
  echo Lees HANDLEIDING.txt, stap 2: download Caddy en zet caddy.exe hier.
  pause
  exit /b 1
)
echo Oefenplein start. Open in de browser: http://localhost:8080
echo Andere computers in het netwerk: http://%COMPUTERNAME%:8080
echo Sluit dit venster om Oefenplein te stoppen.
start "" cmd /c "timeout /t 3 >nul & start http://localhost:8080"
caddy.exe run --config Caddyfile --adapter caddyfile
pause
