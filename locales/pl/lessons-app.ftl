# Teksty lekcji o aplikacji DigiD.
# Klucze: lesson-<lekcja>-<krok> i lesson-<lekcja>-<krok>-hint.
# Przyciski i pola usługi do ćwiczeń mają nazwy po niderlandzku.

## Lekcja: Aktywuj aplikację DigiD
lesson-digid-app-activate-title = Aktywuj aplikację DigiD
lesson-digid-app-activate-intro = Instalujesz aplikację DigiD na telefonie. Potem wybierasz kod PIN.
lesson-digid-app-activate-done = Twoja aplikacja DigiD jest gotowa. Teraz możesz się nią logować.
lesson-digid-app-activate-store = Otwórz „Oefenwinkel” na telefonie.
lesson-digid-app-activate-store-hint = Na telefonie dotknij zielonej ikony.
lesson-digid-app-activate-install = Dotknij „Installeren”. Tak instalujesz aplikację na telefonie.
lesson-digid-app-activate-open = Masz już aplikację. Dotknij „Openen”.
lesson-digid-app-activate-start = Dotknij „Activeren”. Robisz to tylko raz.
lesson-digid-app-activate-login = Wpisz nazwę użytkownika i hasło. Potem dotknij „Inloggen”.
lesson-digid-app-activate-login-hint = Są na karcie ćwiczeń, obok telefonu.
lesson-digid-app-activate-method = Wybierz „Met een sms-code”.
lesson-digid-app-activate-method-hint = List idzie 3 dni. SMS przychodzi od razu.
lesson-digid-app-activate-code = Dostajesz SMS. Wpisz kod. Dotknij „Verder”.
lesson-digid-app-activate-code-hint = Wiadomość jest u góry telefonu. Kod ma 6 cyfr.
lesson-digid-app-activate-pin = Wybierz kod PIN z 5 cyfr.
lesson-digid-app-activate-pin-hint = Użyj kodu PIN z karty ćwiczeń: 24680.
lesson-digid-app-activate-mistake = Aplikacja prosi o kod PIN jeszcze raz. Teraz celowo wpisz inne cyfry.
lesson-digid-app-activate-mistake-hint = Na przykład wpisz 97531. Tutaj błąd to nic złego.
lesson-digid-app-activate-again = Przeczytaj czerwony komunikat. Wybierz kod PIN jeszcze raz.
lesson-digid-app-activate-confirm = Wpisz ten sam kod PIN jeszcze raz.
lesson-digid-app-activate-ready = Brawo! Dotknij „Naar de app”.

## Lekcja: Zaloguj się aplikacją DigiD i kodem QR
lesson-digid-app-qr-title = Zaloguj się aplikacją i kodem QR
lesson-digid-app-qr-intro = Logujesz się na komputerze. Używasz aplikacji DigiD na telefonie.
lesson-digid-app-qr-done = Logowanie na komputerze się udało. Z telefonem i kodem PIN.
lesson-digid-app-qr-web = Spójrz na komputer. Kliknij „Met de DigiD app”.
lesson-digid-app-qr-open = Widzisz koppelcode (kod do połączenia). Teraz otwórz aplikację DigiD na telefonie.
lesson-digid-app-qr-open-hint = Dotknij niebieskiej ikony z literą D.
lesson-digid-app-qr-start = Dotknij „Inloggen op een computer”.
lesson-digid-app-qr-wait = Czasem trwa to za długo. Przy telefonie kliknij „5 minut później”.
lesson-digid-app-qr-wait-hint = Potem spójrz na komputer. Koppelcode już nie działa.
lesson-digid-app-qr-new = Koppelcode już nie działa. Na komputerze kliknij „Nieuwe koppelcode”.
lesson-digid-app-qr-code = Wpisz nowy koppelcode w aplikacji. Dotknij „Verder”.
lesson-digid-app-qr-code-hint = Koppelcode jest na komputerze. Ma 4 litery.
lesson-digid-app-qr-scan = Komputer pokazuje kod QR. Dotknij „Scan de QR-code”.
lesson-digid-app-qr-scan-hint = W prawdziwym życiu kierujesz aparat na kod.
lesson-digid-app-qr-confirm = Chcesz się zalogować? Dotknij „Ja, inloggen”.
lesson-digid-app-qr-pin = Wpisz kod PIN. I już jesteś w środku.
lesson-digid-app-qr-pin-hint = Kod PIN jest na karcie ćwiczeń.

## Lekcja: Zaloguj się aplikacją DigiD na tym samym telefonie
lesson-digid-app-phone-title = Zaloguj się aplikacją na telefonie
lesson-digid-app-phone-intro = Logujesz się na samym telefonie. Nie potrzebujesz komputera.
lesson-digid-app-phone-done = Logowanie na telefonie się udało. Aplikacja zrobiła całą pracę.
lesson-digid-app-phone-browser = Dotknij „Internet”. Tak otwierasz stronę.
lesson-digid-app-phone-web = Dotknij „Met de DigiD app”.
lesson-digid-app-phone-confirm = Aplikacja DigiD otwiera się sama. Dotknij „Ja, inloggen”.
lesson-digid-app-phone-mistake = Teraz celowo wpisz zły kod PIN.
lesson-digid-app-phone-mistake-hint = Na przykład wpisz 97531. Masz 5 prób.
lesson-digid-app-phone-pin = Przeczytaj komunikat. Teraz wpisz dobry kod PIN.
lesson-digid-app-phone-pin-hint = Kod PIN jest na karcie ćwiczeń.
lesson-digid-app-phone-back = Brawo! Dotknij „Terug naar Mijn Oefenzorg”.

## Lekcja: Zapomniany kod PIN
lesson-digid-pin-forgot-title = Zapomniany kod PIN
lesson-digid-pin-forgot-intro = Nie pamiętasz już kodu PIN. Aktywujesz aplikację jeszcze raz.
lesson-digid-pin-forgot-done = Masz nowy kod PIN. Aplikacja znowu działa.
lesson-digid-pin-forgot-open = Otwórz aplikację DigiD na telefonie.
lesson-digid-pin-forgot-forgot = Nie pamiętasz już kodu PIN. Dotknij „Pincode vergeten?”.
lesson-digid-pin-forgot-reactivate = Przeczytaj tekst. Dotknij „Opnieuw activeren”.
lesson-digid-pin-forgot-reactivate-hint = Nikt nie może sprawdzić twojego kodu PIN. Nawet infolinia.
lesson-digid-pin-forgot-login = Wpisz nazwę użytkownika i hasło. Potem dotknij „Inloggen”.
lesson-digid-pin-forgot-login-hint = Są na karcie ćwiczeń.
lesson-digid-pin-forgot-method = Teraz wybierz „Met uw identiteitskaart”.
lesson-digid-pin-forgot-hold = Dotknij „Houd de ID-kaart tegen de telefoon”.
lesson-digid-pin-forgot-hold-hint = W prawdziwym życiu karta dotyka tyłu telefonu.
lesson-digid-pin-forgot-easy = Wybierz kod PIN. Najpierw celowo wpisz 12345.
lesson-digid-pin-forgot-easy-hint = Zobaczysz, co aplikacja mówi o łatwym kodzie.
lesson-digid-pin-forgot-pin = Teraz wybierz lepszy kod PIN.
lesson-digid-pin-forgot-pin-hint = Na przykład 86420. Dobrze zapamiętaj nowy kod PIN.
lesson-digid-pin-forgot-confirm = Wpisz ten sam kod PIN jeszcze raz.
