start-over = Zacznij od nowa
language-menu-label = Wybierz język
language-close = Zamknij
soon-text = To ćwiczenie jest jeszcze w przygotowaniu.
soon-text-2 = Zajrzyj tu później. Albo wybierz inne ćwiczenie.

## Ustawienia
settings-title = Ustawienia
settings-intro = Ustaw ekran tak, jak lubisz.
settings-text-size = Wielkość liter
settings-text-size-normal = Normalna
settings-text-size-large = Duża
settings-text-size-larger = Większa
settings-text-size-largest = Bardzo duża
settings-display = Wygląd
settings-contrast = Wysoki kontrast
settings-contrast-hint = Czarno-biało, z mocnymi kolorami.
settings-motion = Mniej ruchu
settings-motion-hint = Bez ruchomych obrazków.
settings-saved = Twój wybór jest zapisany.
settings-saved-memory = Twój wybór działa, dopóki nie zamkniesz strony.
settings-recorded = Czytanie z nagrań
settings-recorded-hint = Tutaj są nagrania lekcji w innych językach. Wybierz swój język. Nie ma nagrania kroku? Wtedy urządzenie czyta na głos.
settings-recorded-none = Bez nagrań: urządzenie czyta na głos
settings-clear-title = Usuń wszystko
settings-clear-text = Używasz cudzego komputera? Na koniec usuń wszystko.
settings-clear-button = Usuń wszystko z tego urządzenia
settings-clear-confirm = Na pewno? Kliknij jeszcze raz.
settings-clear-done = Wszystko jest usunięte.
settings-clear-everyone = To usuwa postęp wszystkich osób na tym urządzeniu.

## Pomoc
help-title = Gdzie znajdę pomoc?
help-intro = Nie musisz robić tego w pojedynkę. Śmiało poproś o pomoc.
help-loading = Chwileczkę…
help-default-library-title = W bibliotece
help-default-library-text = Wiele bibliotek ma punkt pomocy przy stronach urzędowych. Pomagają tam za darmo.
help-default-family-title = Ktoś, komu ufasz
help-default-family-text = Poproś kogoś z rodziny, sąsiada albo wolontariusza. Niech spokojnie patrzy razem z tobą.
help-default-digid-title = Pytania o twoje prawdziwe DigiD
help-default-digid-text = Zadzwoń na infolinię DigiD. Numer jest na stronie DigiD.
help-host-title = Pomoc na miejscu
help-host-error = Pomoc tego miejsca się nie załadowała. Poniżej jest pomoc ogólna.
help-phone = Telefon
help-address = Adres
help-hours = Otwarte

## O Oefenplein
about-title = O Oefenplein
about-what = Na Oefenplein ćwiczysz cyfrową opiekę zdrowotną. Na przykład logowanie przez DigiD.
about-fake = Wszystko jest na niby. Te strony, nazwy i kody naprawdę nie istnieją.
about-no-data = Nigdy nie wpisuj swoich prawdziwych danych. Tutaj ich nie potrzebujesz.
about-device = Nic nie trafia do internetu. Wszystko zostaje na tym urządzeniu.
about-offline = Po pierwszej wizycie Oefenplein działa też bez internetu.
about-free = Oefenplein jest darmowy. Nie potrzebujesz konta.
about-clear = Twój postęp jest tylko na tym urządzeniu. Możesz go usunąć w Ustawieniach.

## Prawdziwe dane (strażnik)
guard-title = Uwaga: to wygląda na prawdziwe dane
guard-bsn = To wygląda na prawdziwy numer obywatela (BSN).
guard-iban = To wygląda na prawdziwy numer konta bankowego (IBAN).
guard-email = To wygląda na prawdziwy adres e-mail.
guard-mobile = To wygląda na prawdziwy numer telefonu.
guard-help = Tutaj tylko ćwiczysz. Prawdziwe dane nigdy nie są potrzebne. Usunęliśmy je. Użyj karty ćwiczeń.

## Karta ćwiczeń
card-title = Karta ćwiczeń
card-note = Te dane są fałszywe. Używaj ich do ćwiczeń.
card-name = Imię i nazwisko
card-birth = Data urodzenia
card-username = Nazwa użytkownika
card-password = Hasło
card-email = Adres e-mail
card-child = Dziecko
card-child-birth = Data urodzenia dziecka
card-show = Pokaż kartę ćwiczeń
card-hide = Ukryj kartę ćwiczeń

## Telefon do ćwiczeń
phone-title = Twój telefon (ćwiczenie)
phone-messages = Wiadomości
phone-empty = Nie ma jeszcze wiadomości.
phone-new-message = Nowa wiadomość na twoim telefonie
phone-open = Pokaż telefon
phone-close = Odłóż telefon
phone-wait = 10 minut później
phone-wait-hint = Udawaj, że minęło 10 minut.
phone-waited = Minęło już { $minutes } minut.
phone-screen = Ekran twojego telefonu
phone-wait-5 = 5 minut później
phone-wait-5-hint = Udawaj, że minęło 5 minut.
phone-new = Nowa
phone-just-now = Przed chwilą
phone-minutes-ago = { $minutes } min temu
phone-banner-close = Zamknij
phone-days-ago = { $days ->
    [one] 1 dzień temu
    [few] { $days } dni temu
    [many] { $days } dni temu
   *[other] { $days } dni temu
}
phone-waited-days = { $days ->
    [one] Minął już 1 dzień.
    [few] Minęły już { $days } dni.
    [many] Minęło już { $days } dni.
   *[other] Minęło już { $days } dni.
}
card-pin = Kod PIN aplikacji

## Wniosek o DigiD: karta ćwiczeń i skrzynka na listy
card-bsn = Numer obywatela (BSN)
card-street = Ulica
card-house-number = Numer domu
card-postcode = Kod pocztowy
card-town = Miejscowość
card-chosen = Twój własny wybór:
card-chosen-username = Nazwa użytkownika
card-chosen-password = Hasło
letterbox-title = Twoja skrzynka na listy (ćwiczenie)
letterbox-empty = Nie ma jeszcze poczty.
letterbox-new-letter = W twojej skrzynce jest list.
letterbox-wait = 3 dni później
letterbox-wait-hint = Udawaj, że minęły 3 dni.
letterbox-waited = Minęło już { $days } dni.

## Lekcja
lesson-step-of = Krok { $step } z { $total }
lesson-where = Gdzie jestem?
lesson-read-aloud = Czytaj na głos
lesson-stop-reading = Przestań czytać
lesson-show-me = Pokaż mi
lesson-hint = Wskazówka
lesson-previous = Poprzedni krok
lesson-next = Następny krok
lesson-next-locked = Najpierw zrób ten krok na ekranie ćwiczeń.
lesson-restart = Zacznij od nowa
lesson-well-done = Dobra robota!
lesson-picture = Tak to wygląda
lesson-done-title = Dobra robota!
lesson-done-text = Lekcja skończona. Możesz ćwiczyć, ile tylko chcesz.
lesson-done-again = Jeszcze raz
lesson-done-other-look = Zrób to jeszcze raz w innym portalu: { $look }
lesson-done-other-look-why = Każda przychodnia ma swój portal. Przyciski mają tam inne nazwy.
lesson-done-free = Swobodne ćwiczenia
lesson-done-next = Co możesz teraz zrobić?
lesson-done-next-lesson = Następna lekcja: { $lesson }
lesson-start = Zacznij lekcję
lesson-continue = Kontynuuj lekcję
lesson-finished-badge = Zrobione
lesson-steps-count = Kroki: { $count }
lesson-not-done-title = Ta lekcja nie jest jeszcze skończona
lesson-not-done-text = Ta lekcja jest w trakcie. Zacznij od początku albo idź dalej.
lesson-resume-at = Idź dalej od kroku { $step }
lesson-examples-notice = Twój własny wybór nie jest zapisany. Ćwiczysz dalej z przykładami z karty ćwiczeń.
lesson-examples-ok = Rozumiem
lesson-put-back = To był inny ekran. Ekran wrócił do początku tego kroku.
card-example = Ćwiczysz dalej z tymi danymi:
free-practice = Swobodne ćwiczenia
free-practice-text = Spróbuj wszystkiego samodzielnie. Błędy są w porządku.
free-practice-title = Swobodne ćwiczenia: { $service }
practice-area-label = Ekran ćwiczeń
lesson-step-of-nav = Kroki lekcji

## Rozpoznaj fałszywe wiadomości
phishing-question = Ta wiadomość jest prawdziwa czy fałszywa?
phishing-real = Prawdziwa
phishing-fake = Fałszywa
phishing-right = Dobrze!
phishing-wrong = Jeszcze nie. Spróbuj ponownie.
phishing-why-digid-sms = DigiD nigdy nie wysyła linku SMS-em. Ta wiadomość też cię pogania.
phishing-why-pharmacy-ready = Nie ma tu linku. Nikt nie prosi o pieniądze ani dane.
phishing-why-digid-qr = DigiD nigdy nie wysyła kodu QR e-mailem. Sprawdź też adres nadawcy.
phishing-why-gp-portal = Nie ma tu linku. Logujesz się samodzielnie przez aplikację albo stronę.
phishing-why-pharmacy-pay = Apteka nigdy nie prosi o pieniądze przez link. Na pewno nie SMS-em.
phishing-why-gp-threat = Ta wiadomość grozi i pogania. To sygnały ostrzegawcze. Masz wątpliwości? Zadzwoń do przychodni na znany numer.
phishing-why-digid-activated = Nie ma tu linku. Na infolinię możesz zadzwonić samodzielnie.
phishing-wrong-digid-sms = Popatrz jeszcze raz. Ten SMS ma link i pogania. DigiD nigdy nie wysyła linku SMS-em.
phishing-wrong-pharmacy-ready = Popatrz jeszcze raz. Nie ma tu linku. Nikt o nic nie prosi.
phishing-wrong-digid-qr = Popatrz jeszcze raz. DigiD nigdy nie wysyła kodu QR e-mailem. Sprawdź też nadawcę.
phishing-wrong-gp-portal = Popatrz jeszcze raz. Nie ma tu linku. Logujesz się samodzielnie.
phishing-wrong-pharmacy-pay = Popatrz jeszcze raz. Proszą o pieniądze przez link. Apteka nigdy tak nie robi.
phishing-wrong-gp-threat = Popatrz jeszcze raz. Wiadomość grozi i pogania. To sygnały ostrzegawcze.
phishing-wrong-digid-activated = Popatrz jeszcze raz. Nie ma tu linku. Na infolinię dzwonisz samodzielnie.
phishing-address-question = Spójrz na adres strony na górze. Czy jest dobry?
phishing-address-right = Adres strony jest dobry
phishing-address-wrong = Adres strony nie jest dobry
phishing-address-spotted = Dobrze zauważone! Prawdziwy adres kończy się na digid.nl. Nigdy nic tu nie wpisuj.
phishing-address-missed = Popatrz jeszcze raz. Prawdziwy adres DigiD kończy się na digid.nl.
phishing-score = Dobre odpowiedzi: { $right } z { $total }
phishing-status-right = Dobrze
phishing-status-wrong = Jeszcze nie tak
phishing-fake-qr = Obrazek z kodem QR

## Czytanie na głos
read-aloud-no-voice = To urządzenie nie ma teraz głosu do czytania. Spróbuj później.
read-aloud-dutch-only = To urządzenie nie ma głosu w twoim języku. Usłyszysz tylko niderlandzkie słowa.
read-aloud-message = Przeczytaj tę wiadomość na głos
read-aloud-pace = Jak szybko Oefenplein czyta na głos?
read-aloud-pace-normal = Normalnie
read-aloud-pace-slow = Wolno
gp-wait-days = 1 dzień później
gp-wait-days-hint = Udawaj, że minął dzień. Wtedy odpowiedź przyjdzie szybciej.
gp-idle-button = Nic nie rób przez 15 minut
gp-idle-button-hint = Udawaj, że przez 15 minut nic nie robisz na stronie.

## Obok rozmowy wideo z lekarzem

video-wait-minute = 1 minutę później
video-wait-minute-hint = Udawaj, że minęła minuta.
video-own-title = Wypróbuj swoją kamerę
video-own-text = Nie musisz. Widzisz siebie tylko tutaj. Nic nie jest nagrywane, zapisywane ani wysyłane.
video-own-view = Twoja kamera
video-own-start = Włącz moją kamerę
video-own-stop = Wyłącz moją kamerę
video-own-refused = Przeglądarka nie może używać twojej kamery. To nic. Możesz ćwiczyć bez niej.
video-own-none = Nie ma żadnej kamery. To nic. Możesz ćwiczyć bez niej.

## Ćwiczenie z apteką: obok aplikacji, w języku ucznia.
pharmacy-to-pharmacy = Idź do apteki
pharmacy-to-phone = Wróć do telefonu
pharmacy-wait-day = 1 dzień później
pharmacy-wait-day-hint = Udawaj, że minął dzień.
pharmacy-wait-week = 1 tydzień później
pharmacy-wait-week-hint = Udawaj, że minął tydzień.
hospital-to-hospital = Idź do szpitala
hospital-to-home = Wróć do domu
hospital-wait-day = 1 dzień później
hospital-wait-day-hint = Udawaj, że jest jutro: dzień twojej wizyty.
hospital-visit-day = Teraz jest dzień twojej wizyty.

journey-title = Twoja droga przez opiekę zdrowotną
journey-text = Najpierw lekarz rodzinny. Potem apteka. Czasem jeszcze szpital.
journey-step = Krok { $n }
journey-done = zrobione

## Mój postęp
progress-title = Mój postęp
progress-intro = Tu widzisz, co już umiesz.
progress-counts = Brąz: {$bronze} · Srebro: {$silver} · Złoto: {$gold}
progress-rules-title = Jak zdobyć medal
progress-rule-bronze = Lekcja jest zrobiona.
progress-rule-silver = Lekcja jest zrobiona bez przycisków „Wskazówka” i „Pokaż mi”.
progress-rule-gold = Potem robisz ją samodzielnie. W części „Swobodne ćwiczenia” albo w innym portalu.
progress-rules-note = Medal to nie egzamin. Możesz ćwiczyć wszystko, ile tylko chcesz.
progress-lessons-title = Twoje lekcje
progress-lesson-started = Zaczęta: krok { $step } z { $total }
progress-lesson-todo = Jeszcze nie zrobiona
progress-save-title = Zapisz swój postęp
progress-save-text = Ćwiczysz na komputerze w bibliotece? On zapomina wszystko, gdy wychodzisz.
progress-save-text-2 = Zapisz ten kod na kartce. Albo zrób mu zdjęcie.
progress-code-label = Twój kod
progress-copy = Skopiuj kod
progress-copied = Kod jest skopiowany.
progress-qr-label = Kod QR z twoim postępem
progress-qr-text = Albo zeskanuj kod QR telefonem. Wtedy postęp idzie z tobą.
progress-save-privacy = Kod zawiera tylko twoje lekcje i medale. Nigdy twoje imię. Nigdy to, co wpisujesz.
progress-restore-title = Odzyskaj swój postęp
progress-restore-text = Masz kod? Wpisz go tutaj. To, co już tu jest, też zostaje.
progress-restore-from-link = Kod z kodu QR już tu jest. Kliknij „Przywróć”.
progress-restore-button = Przywróć
progress-restore-done = Udało się! Twój postęp wrócił.
progress-error-empty = Najpierw wpisz swój kod.
progress-error-char = Znak „{ $char }” nie pasuje do kodu. Popatrz jeszcze raz uważnie.
progress-error-short = Ten kod jest za krótki. Brakuje kawałka.
progress-error-typo = Ten kod jest zły. Może jedna litera lub cyfra jest inna. Popatrz jeszcze raz uważnie.
progress-error-newer = Ten kod jest z nowszej wersji Oefenplein. Ten komputer jeszcze go nie odczyta.
progress-error-help = Nie działa? Poproś o pomoc pracownika albo wolontariusza.
progress-certificate-text = Wydrukuj certyfikat ze swoimi medalami.
progress-certificate-link = Przejdź do certyfikatu

## Kto ćwiczy? Kilka osób na jednym urządzeniu, każda z własnym znakiem (bez imion)
learners-title = Kto ćwiczy?
learners-intro = Na tym urządzeniu ćwiczy kilka osób? Niech każda wybierze swój znak.
learners-intro-2 = Tak każdy ma swój własny postęp. Imię nie jest potrzebne.
learners-pick-title = Wybierz swój znak
learners-you = To teraz ty.
learners-new-title = Pierwszy raz tutaj? Wybierz znak
learners-symbol = Obrazek
learners-colour = Kolor
learners-preview = Tak wygląda twój znak:
learners-join = To mój znak
learners-keeps = To, co jest teraz na tym urządzeniu, dostanie twój znak.
learners-now = Udało się! Teraz ćwiczysz jako: { $sign }.
learners-taken = Ten znak ma już ktoś inny. Wybierz inny obrazek albo inny kolor.
learners-full = Nie ma już miejsca na więcej znaków. Poproś o pomoc osobę prowadzącą.
learners-unknown = Tego znaku już nie ma. Może właśnie został usunięty.
learners-unsigned = Na tym urządzeniu jest postęp bez znaku. Najpierw wybierz dla niego nowy znak.
learners-stop-title = Koniec ćwiczeń?
learners-stop-text = Wtedy usuń swój znak i swój postęp. Inni zachowają swój postęp.
learners-stop-button = Zakończ i usuń mój postęp
learners-stop-confirm = Na pewno? Kliknij jeszcze raz.
learners-stop-done = Twój postęp jest usunięty. Następna osoba może wybrać znak.
learners-help = Nie działa? Poproś o pomoc osobę prowadzącą.
learners-back = Przejdź do mojego postępu
learners-link-title = Kilka osób na jednym urządzeniu?
learners-link-text = Niech każdy wybierze swój znak. Wtedy każdy ma swój postęp.
learners-link = Wybierz swój znak
learners-sign = { $symbol }, { $colour }
learner-symbol-sun = Słońce
learner-symbol-star = Gwiazda
learner-symbol-tree = Drzewo
learner-symbol-flower = Kwiat
learner-symbol-fish = Ryba
learner-symbol-bird = Ptak
learner-symbol-heart = Serce
learner-symbol-moon = Księżyc
learner-colour-blue = niebieski
learner-colour-green = zielony
learner-colour-orange = pomarańczowy
learner-colour-purple = fioletowy
learner-colour-red = czerwony
learner-colour-grey = szary

## Medale po lekcji
medal-earned-bronze = Masz brąz za tę lekcję!
medal-earned-silver = Masz srebro za tę lekcję!
medal-earned-gold = Masz złoto za tę lekcję!
medal-next-bronze = Zrób lekcję jeszcze raz bez przycisków „Wskazówka” i „Pokaż mi”. Wtedy dostaniesz srebro.
medal-next-silver = Teraz zrób to samodzielnie w części „Swobodne ćwiczenia”. Wtedy dostaniesz złoto.
medal-next-silver-look = Teraz zrób to samodzielnie w części „Swobodne ćwiczenia” albo w innym portalu. Wtedy dostaniesz złoto.
medal-next-gold = Brawo! W części „Mój postęp” zobaczysz, co już umiesz.

## Certyfikat
certificate-title = Certyfikat
certificate-intro = Wydrukuj ten certyfikat. Możesz wpisać swoje imię, ale nie musisz.
certificate-name-label = Twoje imię (tylko na papierze)
certificate-name-hint = Oefenplein nie zapisuje twojego imienia.
certificate-print = Wydrukuj certyfikat
certificate-by = { $name } ćwiczy z Oefenplein.
certificate-by-nobody = Ćwiczenia z Oefenplein.
certificate-list = Przećwiczone lekcje:
certificate-date = Data: { $date }
certificate-footer = Oefenplein — ćwiczenia bez prawdziwych danych
certificate-empty = Nie ma jeszcze zrobionej lekcji. Najpierw zrób lekcję. Potem wydrukujesz certyfikat.
certificate-back = Wróć do mojego postępu

## Test na start
selfcheck-title = Test na start: od czego zaczynasz?
selfcheck-link = Nie wiesz, od czego zacząć? Zrób test na start.
selfcheck-intro = Pięć krótkich pytań. Potem wiesz, od której lekcji zacząć.
selfcheck-intro-2 = To nie egzamin. Nie ma złych odpowiedzi. Zapisujemy tylko twój punkt startu.
selfcheck-start = Zacznij test
selfcheck-skip = Pomiń
selfcheck-next = Dalej
selfcheck-previous = Wstecz
selfcheck-count = Pytanie { $n } z 5
selfcheck-choose-one = Wybierz jedną odpowiedź. Nie wiesz? Wybierz tę, która najbardziej pasuje.
selfcheck-device = Masz telefon, tablet albo komputer z internetem?
selfcheck-device-yes = Tak
selfcheck-device-no = Nie
selfcheck-not-sure = Nie wiem
selfcheck-health = Czy szukasz czasem w internecie informacji o zdrowiu?
selfcheck-health-often = Tak, często
selfcheck-health-sometimes = Czasami
selfcheck-health-never = Nigdy
selfcheck-forms = Jak ci idzie wypełnianie formularzy w internecie?
selfcheck-forms-easy = Dobrze, umiem to
selfcheck-forms-help = Umiem, z małą pomocą
selfcheck-forms-hard = To dla mnie trudne
selfcheck-forms-never = Jeszcze nigdy tego nie robię
selfcheck-tap = Naciśnij przycisk „Tutaj”.
selfcheck-tap-button = Tutaj
selfcheck-tap-missed = Prawie. Spróbuj jeszcze raz.
selfcheck-tap-first = Najpierw naciśnij przycisk „Tutaj”.
selfcheck-type = Wpisz słowo: { $word }
selfcheck-type-label = Twoje słowo
selfcheck-type-wrong = To jeszcze nie to słowo. Popatrz uważnie i spróbuj jeszcze raz.
selfcheck-result-title = Twój punkt startu
selfcheck-level-beginner = Na początek
selfcheck-level-familiar = Trochę doświadczenia
selfcheck-level-experienced = Dużo doświadczenia
selfcheck-level-beginner-text = Zacznij od podstaw: przyciski, pisanie i przewijanie.
selfcheck-level-familiar-text = Zacznij od logowania przez DigiD. Potrzebujesz go prawie wszędzie.
selfcheck-level-experienced-text = Zacznij od portalu lekarza rodzinnego.
selfcheck-no-exam = To tylko rada. Możesz wybrać każdą lekcję.
selfcheck-first-lesson = Zacznij od lekcji: { $lesson }
selfcheck-choose-myself = Wybieram samodzielnie
selfcheck-again = Zrób test jeszcze raz
selfcheck-help = Wolisz ćwiczyć z kimś? Poproś o pomoc w bibliotece.
progress-level = Twój punkt startu: { $level }

## Słowa na ekranie
words-title = Słowa na ekranie
words-intro = Te słowa często widzisz na stronach i w aplikacjach. Dotknij słowa. Wtedy zobaczysz, co znaczy.
words-group-screen = Na każdym ekranie
words-group-login = Logowanie
words-group-care = W opiece zdrowotnej
words-say = Powiedz słowo
words-read = Czytaj na głos
words-picture = Tak to wygląda w lekcji „{$lesson}”.
words-practise = Poćwicz to w lekcji
words-all = Wszystkie słowa
words-ask = Nie rozumiesz słowa? Zapytaj kogoś, komu ufasz.
words-in-step = Słowa w tym kroku
word-knop-about = Słowo „knop” to przycisk. Robi coś, gdy go naciśniesz. Na telefonie go dotykasz. Myszką klikasz.
word-vakje-about = Słowo „vakje” to pole. Wpisujesz w nie coś, na przykład imię. Mówi się też „invulveld”: pole do wypełnienia.
word-link-about = Słowo „link” to link. Prowadzi cię na inną stronę. Link jest często niebieski i podkreślony.
word-vinkje-about = Słowo „vinkje” to ptaszek: znak ✓. Ptaszkiem mówisz: tak. Dotknij pola. Wtedy pojawi się w nim ptaszek.
word-pop-up-about = Słowo „pop-up” to okienko nad stroną. Zamykasz je małym krzyżykiem.
word-scrollen-about = Słowo „scrollen” to przewijanie: przesuwanie strony w górę lub w dół. Tak widzisz resztę.
word-app-about = Słowo „app” to aplikacja: program na telefonie. Otwierasz ją, gdy dotkniesz jej obrazka.
word-installeren-about = Słowo „installeren” to instalowanie: wgrywanie aplikacji na telefon. Robisz to w sklepie z aplikacjami.
word-digid-about = Przez „DigiD” pokazujesz w internecie, kim jesteś. DigiD to usługa państwa.
word-inloggen-about = Słowo „inloggen” to logowanie: wejście na stronę albo do aplikacji. Pokazujesz, kim jesteś.
word-gebruikersnaam-about = Słowo „gebruikersnaam” to twoja nazwa użytkownika. Logujesz się tą nazwą. Wybierasz ją samodzielnie.
word-wachtwoord-about = Słowo „wachtwoord” to hasło: tajne słowo. Znasz je tylko ty. Nigdy nikomu go nie mów.
word-sms-code-about = Słowo „sms-code” to kod z SMS-a na twoim telefonie. Wpisujesz go. Wtedy strona wie, że to ty.
word-activeringscode-about = Słowo „activeringscode” to kod aktywacyjny. Przychodzi w liście. Wpisujesz go raz. Wtedy twoje DigiD działa.
word-koppelcode-about = Słowo „koppelcode” to kod do połączenia. Łączy aplikację z komputerem. Ten kod działa tylko krótko.
word-qr-code-about = Słowo „QR-code” to kod QR: kwadrat z małymi kwadracikami. Skanujesz go aparatem w telefonie.
word-pincode-about = Słowo „pincode” to kod PIN: tajna liczba. Wybierasz go samodzielnie. Nigdy nikomu go nie mów.
word-uitloggen-about = Słowo „uitloggen” to wylogowanie: wyjście ze strony albo z aplikacji. Rób to zawsze na koniec.
word-portaal-about = Słowo „portaal” to portal: bezpieczna strona internetowa. Ma go na przykład twój lekarz rodzinny. Logujesz się przez DigiD.
word-afspraak-about = Słowo „afspraak” to umówiona wizyta. Wybierasz godzinę u lekarza. Często możesz to zrobić online.
word-herhaalrecept-about = Słowo „herhaalrecept” to kolejna recepta. Prosisz znowu o lek. To lek, który już bierzesz.
word-e-consult-about = Słowo „e-consult” to pytanie do lekarza rodzinnego przez internet. Odpowiedź czytasz w portalu.
word-uitslag-about = Słowo „uitslag” to wynik. Mówi, co wyszło z badania. Na przykład z badania krwi.
word-vragenlijst-about = Słowo „vragenlijst” to ankieta: lista pytań. Wypełniasz ją przed wizytą.
word-inchecken-about = Słowo „inchecken” to zgłoszenie przybycia: mówisz, że już jesteś. Na przykład w szpitalu.
word-verwijzing-about = Słowo „verwijzing” to skierowanie. Z nim lekarz rodzinny wysyła cię do specjalisty. Na przykład do szpitala.
word-wachtkamer-about = Słowo „wachtkamer” to poczekalnia. W poczekalni online czekasz na lekarza. Zostań na stronie.

## Dla trenerów: karty kroków
trainers-title = Dla trenerów
trainers-text = Każdy krok ma kod, na przykład D2-3. Tak z daleka widzisz, gdzie ktoś jest. Wydrukuj karty kroków na lekcję w grupie.
trainers-cards = Karty kroków: {$lesson}
cards-page-title = Karty kroków
cards-title = Karty kroków: {$lesson}
cards-intro = Jedna karta na krok: kod, obrazek i tekst. Wybierz drugi język, jeśli to pomaga.
cards-back = Wróć do zadania
cards-second-language = Drugi język na kartach
cards-none = Brak
cards-print = Drukuj
cards-rule = Nigdy nie ćwicz z prawdziwym DigiD ani danymi o zdrowiu. Używaj karty ćwiczeń.
trainers-present = Pokaz: {$lesson}

## Pokaz: ekran dla grupy i sterowanie
present-title = Pokaz
present-text = Ten ekran jest dla grupy. Steruj nim z drugiego okna.
present-open-controls = Otwórz sterowanie
present-stop = Zakończ pokaz
controls-page-title = Sterowanie
controls-intro = Sterowanie dla trenera. Grupa patrzy na ekran.
controls-title = Sterowanie: {$lesson}
controls-no-screen = Nie ma jeszcze ekranu. Otwórz go przyciskiem poniżej.
controls-at = Ekran pokazuje: {$step}.
controls-at-end = Ekran jest na końcu lekcji.
controls-elsewhere = Ekran pokazuje inną lekcję: {$lesson}.
controls-previous = Poprzedni krok
controls-next = Następny krok
controls-restart = Zacznij od nowa
controls-open-screen = Otwórz ekran
controls-steps = Wszystkie kroki
controls-note = Dla ciebie jako trenera
controls-note-step = Najpierw pokaż krok. Potem niech każdy zrobi go samodzielnie.
controls-note-mistake = Tu celowo coś idzie źle. Niech grupa najpierw sama znajdzie błąd.
controls-faults = Pokaż błąd
controls-faults-intro = Spraw, żeby następna próba celowo poszła źle. Wtedy grupa ćwiczy naprawianie.
controls-fault-armed = Gotowe. Następna próba na ekranie pójdzie źle.
fault-wrong-code = Kod SMS się nie zgadza
fault-expired-code = Kod SMS wygasł
fault-blocked-pin = Aplikacja zostaje zablokowana
fault-slot-taken = Ta godzina jest już zajęta
fault-camera-blocked = Kamera zostaje zablokowana
trainers-plan = Plan lekcji: {$lesson}
plan-page-title = Plan lekcji
plan-title = Plan lekcji: {$lesson}
plan-goal = Czego uczy się grupa
plan-duration-title = Jak długo
plan-duration = Czas: około {$minutes} min. Kroki: {$steps}.
plan-prepare = Przygotuj
plan-prepare-device = Dla każdego komputer, tablet albo telefon z Oefenplein.
plan-prepare-card = Karta ćwiczeń. Jest obok ekranu ćwiczeń. Wydrukuj ją, jeśli to pomaga.
plan-prepare-screen = Duży ekran albo rzutnik. Otwórz tam lekcję przyciskiem Pokaz.
plan-stuck = Tu ludzie często utykają
plan-mistake = Celowy błąd
plan-phrases = Zdania, które pomagają
plan-phrase-look = Najpierw dobrze popatrz. Potem kliknij.
plan-phrase-read = Przeczytaj komunikat na głos.
plan-phrase-safe = Błędy są w porządku. Tu nic się nie zepsuje.
plan-phrase-find = Znajdź na ekranie słowo z kroku.
trainers-card-sheet = Wydrukuj karty ćwiczeń (sześć na kartce)
card-sheet-title = Karty ćwiczeń do wydruku
card-sheet-intro = Sześć kart na jednej kartce. Wytnij je i daj każdemu jedną. Wtedy nikt nie wpisuje swoich danych.

## Kiosk: komputery publiczne (kiosk.json danego miejsca)
kiosk-label = Ten komputer
kiosk-at = Ćwiczysz w miejscu: {$library}.
kiosk-rule = Nic nie robisz przez {$minutes} min? Wtedy usuwamy wszystko dla następnej osoby.
kiosk-question = Jesteś tu jeszcze?
kiosk-seconds-left = Za {$seconds} s usuniemy wszystko. Wtedy następna osoba może zacząć.
kiosk-still-here = Tak, nadal tu jestem
kiosk-note-title = Dla administratora tego komputera
kiosk-note-not-json = Plik kiosk.json nie jest poprawnym JSON-em. Dlatego kiosk jest wyłączony.
kiosk-note-bad-value = W kiosk.json wartość „{$field}” jest niepoprawna. Teraz działa tu wartość domyślna.

## Bez JavaScriptu (jest też w index.html; sprawdza to test)
noscript-text = Oefenplein działa tylko z włączonym JavaScriptem.
