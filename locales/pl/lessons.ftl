# Teksty lekcji. Klucze: lesson-<lekcja>-<krok> i lesson-<lekcja>-<krok>-hint.
# Przyciski i pola usługi do ćwiczeń mają nazwy po niderlandzku.

## Lekcja: Zaloguj się przez DigiD
lesson-digid-web-title = Zaloguj się przez DigiD
lesson-digid-web-intro = Logujesz się na stronie do ćwiczeń. Nazwą użytkownika, hasłem i kodem SMS.
lesson-digid-web-done = Umiesz już logować się przez DigiD. Umiesz też poprawić błąd.
lesson-digid-web-username = Wpisz nazwę użytkownika w pole „Gebruikersnaam”. Jest na karcie ćwiczeń.
lesson-digid-web-username-hint = Wpisz noor.oefen. Uważaj na kropkę w środku.
lesson-digid-web-mistake = Teraz celowo wpisz złe hasło. Potem kliknij „Inloggen”.
lesson-digid-web-mistake-hint = Na przykład wpisz welkom. Tutaj błąd to nic złego.
lesson-digid-web-fix = Przeczytaj czerwony komunikat. Teraz wpisz dobre hasło.
lesson-digid-web-fix-hint = Hasło jest na karcie ćwiczeń. Zaczyna się od wielkiej litery O.
lesson-digid-web-login = Kliknij przycisk „Inloggen”.
lesson-digid-web-sms = Wybierz „Sms-controle”. Wtedy dostaniesz kod na telefon.
lesson-digid-web-sms-hint = Aplikację ćwiczysz w innej lekcji.
lesson-digid-web-code = Spójrz na telefon. Wpisz kod z SMS-a.
lesson-digid-web-code-hint = Kod ma 6 cyfr. Nie widzisz telefonu? Kliknij „Pokaż telefon”.
lesson-digid-web-submit = Kliknij „Inloggen”. I już jesteś w środku!

## Lekcja: Rozpoznaj fałszywe wiadomości
lesson-phishing-title = Rozpoznaj fałszywe wiadomości
lesson-phishing-intro = Dostajesz wiadomości od DigiD, apteki i lekarza rodzinnego. Które są prawdziwe?
lesson-phishing-done = Umiesz już rozpoznać fałszywe wiadomości. Zawsze sprawdzaj linki, pośpiech i adres strony.
lesson-phishing-open = Otwórz pierwszą wiadomość. To SMS od DigiD.
lesson-phishing-judge = Ta wiadomość jest prawdziwa czy fałszywa? Wybierz przycisk.
lesson-phishing-judge-hint = Czy DigiD wysyła link SMS-em?
lesson-phishing-page = Załóżmy, że i tak naciskasz link. Naciśnij link w wiadomości.
lesson-phishing-address = Spójrz na adres strony na górze. Czy jest dobry?
lesson-phishing-address-hint = Prawdziwy adres DigiD kończy się na digid.nl.
lesson-phishing-rest = Kliknij „Terug naar het bericht”. Potem oceń pozostałe wiadomości.
lesson-phishing-rest-hint = Uważaj na linki, pośpiech, groźby i płatności.

## Lekcja: Zapomniane hasło
lesson-digid-forgot-title = Zapomniane hasło
lesson-digid-forgot-intro = Nie pamiętasz już hasła. Robisz nowe hasło z kodem SMS.
lesson-digid-forgot-done = Masz nowe hasło. Umiesz się nim zalogować.
lesson-digid-forgot-open = Nie pamiętasz już hasła. Kliknij „Wachtwoord vergeten?”.
lesson-digid-forgot-username = Wpisz nazwę użytkownika. Potem kliknij „Verder”.
lesson-digid-forgot-username-hint = Nazwa użytkownika jest na karcie ćwiczeń.
lesson-digid-forgot-code = Spójrz na telefon. Wpisz kod. Kliknij „Verder”.
lesson-digid-forgot-code-hint = Kod ma 6 cyfr.
lesson-digid-forgot-new = Wymyśl nowe hasło. Wpisz je w pole „Nieuw wachtwoord”.
lesson-digid-forgot-new-hint = Spójrz na listę. Hasło musi spełniać wszystkie zasady. Na przykład: Zomer2027.
lesson-digid-forgot-repeat = Wpisz to samo hasło jeszcze raz. Kliknij „Wachtwoord opslaan”.
lesson-digid-forgot-login = Kliknij „Terug naar inloggen”. Zaloguj się nowym hasłem.
lesson-digid-forgot-login-hint = Nowe hasło jest teraz też na karcie ćwiczeń.

## Podstawy
lesson-basics-tap-title = Naciśnij przycisk
lesson-basics-tap-intro = Przycisk coś robi, gdy go naciśniesz. Tutaj to ćwiczysz.
lesson-basics-tap-done = Umiesz naciskać przyciski. Tak idziesz dalej na stronie.
lesson-basics-tap-go-on = Naciśnij zielony przycisk „Verder”.
lesson-basics-tap-go-on-hint = Na telefonie dotykasz palcem. Myszką klikasz.
lesson-basics-tap-yes = Jest pytanie. Naciśnij „Ja”.
lesson-basics-type-title = Pisz w polu
lesson-basics-type-intro = Na stronach piszesz w polach. Ćwiczysz też poprawianie literówki.
lesson-basics-type-done = Umiesz pisać i poprawiać błędy.
lesson-basics-type-name = Dotknij pola „Voornaam”. Wpisz: Noor.
lesson-basics-type-name-hint = Wielką literę zrobisz strzałką w górę.
lesson-basics-type-place = W polu „Woonplaats” jest błąd: Oefenstadd. Usuń ostatnie d.
lesson-basics-type-place-hint = Dotknij miejsca za słowem. Naciśnij klawisz cofania (Backspace).
lesson-basics-type-save = Naciśnij „Opslaan”.
lesson-basics-scroll-title = Przewiń w dół
lesson-basics-scroll-intro = Strona jest często dłuższa niż ekran. Wtedy ją przewijasz.
lesson-basics-scroll-done = Umiesz przewijać w dół i w górę.
lesson-basics-scroll-down = Przewiń w dół. Na dole naciśnij „Gevonden”.
lesson-basics-scroll-down-hint = Na telefonie przesuń palcem w górę. Myszką kręć kółkiem.
lesson-basics-scroll-up = Przewiń z powrotem w górę. Naciśnij „Naar boven”.
lesson-basics-back-title = Wróć
lesson-basics-back-intro = Jesteś na złej stronie? Wtedy wracasz.
lesson-basics-back-done = Umiesz otworzyć stronę i wrócić.
lesson-basics-back-open = Kliknij „Activiteiten”.
lesson-basics-back-back = Wróć. Kliknij „Terug”.
lesson-basics-back-back-hint = „Terug” jest często w lewym górnym rogu. Często ma małą strzałkę.
lesson-basics-choose-title = Zaznacz i wybierz
lesson-basics-choose-intro = W formularzach wybierasz coś z listy. Albo zaznaczasz pole.
lesson-basics-choose-done = Umiesz wybrać z listy i zaznaczyć pole.
lesson-basics-choose-day = Wybierz dzień z listy. Na przykład woensdag (środa).
lesson-basics-choose-day-hint = Dotknij listy. Wtedy zobaczysz dni.
lesson-basics-choose-tick = Zaznacz pole przy „Ik ga akkoord met de regels”.
lesson-basics-choose-send = Naciśnij „Aanmelden”.
lesson-basics-date-title = Wybierz datę
lesson-basics-date-intro = Przy umawianiu wizyty często wybierasz dzień w kalendarzu.
lesson-basics-date-done = Umiesz wybrać datę i ją potwierdzić.
lesson-basics-date-pick = Wybierz w kalendarzu wtorek 15 grudnia.
lesson-basics-date-pick-hint = Znajdź liczbę 15. Jest pod „di”. To znaczy wtorek.
lesson-basics-date-confirm = Naciśnij „Bevestigen”.
lesson-basics-link-title = Rozpoznaj link
lesson-basics-link-intro = Link prowadzi cię na inną stronę. Uczysz się go rozpoznawać.
lesson-basics-link-done = Umiesz rozpoznać link i go otworzyć.
lesson-basics-link-link = Kliknij link „openingstijden”.
lesson-basics-link-link-hint = Link jest niebieski i podkreślony.
lesson-basics-link-back = Kliknij „Terug”.
lesson-basics-popup-title = Zamknij okienko pop-up
lesson-basics-popup-intro = Czasem nad stroną pojawia się okienko. Nazywa się pop-up.
lesson-basics-popup-done = Umiesz zamknąć okienko pop-up.
lesson-basics-popup-close = Zamknij pop-up krzyżykiem.
lesson-basics-popup-close-hint = Krzyżyk jest w prawym górnym rogu. Nie musisz naciskać „Ja, graag”.
lesson-basics-popup-go-on = Teraz widzisz stronę. Naciśnij „Verder”.
lesson-basics-zoom-title = Powiększ tekst na telefonie
lesson-basics-zoom-intro = Tekst jest za mały? Wtedy go powiększasz.
lesson-basics-zoom-done = Umiesz powiększać i pomniejszać tekst.
lesson-basics-zoom-in = Szybko dotknij tekstu dwa razy. Albo naciśnij „Groter”.
lesson-basics-zoom-in-hint = Na prawdziwym telefonie możesz też rozsunąć dwa palce.
lesson-basics-zoom-out = Przeczytaj tekst. Naciskaj „Kleiner”, aż tekst znowu będzie mały.
