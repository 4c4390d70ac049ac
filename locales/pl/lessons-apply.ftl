# Lekcja: wniosek o DigiD. Klucze: lesson-digid-apply-<krok> i lesson-digid-apply-<krok>-hint.
# Przyciski i pola usługi do ćwiczeń mają nazwy po niderlandzku.

lesson-digid-apply-title = Złóż wniosek o DigiD
lesson-digid-apply-intro = Składasz wniosek o DigiD. Potem przychodzi list z kodem.
lesson-digid-apply-done = Twoje DigiD działa! Umiesz też poprawić błąd.
lesson-digid-apply-start = Kliknij przycisk „Aanvragen”.
lesson-digid-apply-bsn = Wpisz swój numer obywatela (BSN). Jest na karcie ćwiczeń.
lesson-digid-apply-bsn-hint = Numer ma 9 cyfr: 123456780.
lesson-digid-apply-address = Wpisz kod pocztowy i numer domu. Są na karcie ćwiczeń.
lesson-digid-apply-address-hint = Małe litery i spacje są w porządku. Na przykład: 9999zz.
lesson-digid-apply-mistake = Teraz celowo zrób błąd. W polu „Geboortedatum” wpisz 31-02-1958. Kliknij „Volgende”.
lesson-digid-apply-mistake-hint = Nie ma dnia 31 lutego. Tutaj błędy to nic złego.
lesson-digid-apply-fix = Przeczytaj czerwony komunikat. Wpisz datę urodzenia z karty ćwiczeń. Kliknij „Volgende”.
lesson-digid-apply-fix-hint = Możesz ją wpisać na wiele sposobów. Na przykład 14-05-1958 albo 14 mei 1958.
lesson-digid-apply-username = Wymyśl nazwę użytkownika. Wpisz ją w polu „Gebruikersnaam”.
lesson-digid-apply-username-hint = Co najmniej 6 znaków, bez spacji. Na przykład: noor1958.
lesson-digid-apply-password = Wymyśl hasło. Spójrz na listę pod nim.
lesson-digid-apply-password-hint = Hasło musi spełniać wszystkie zasady. Na przykład: Zomer2027.
lesson-digid-apply-repeat = Wpisz hasło jeszcze raz. Kliknij „Volgende”.
lesson-digid-apply-send = Sprawdź, czy wszystko się zgadza. Kliknij „Aanvraag versturen”.
lesson-digid-apply-send-hint = Coś jest nie tak? Zmień to przyciskiem „Wijzigen”.
lesson-digid-apply-letter = List idzie 3 dni. Przy skrzynce na listy kliknij „3 dni później”.
lesson-digid-apply-letter-hint = W prawdziwym życiu list przychodzi pocztą. Tutaj udajemy.
lesson-digid-apply-open = List już jest. Kliknij „DigiD activeren”.
lesson-digid-apply-login = Zaloguj się nową nazwą użytkownika i hasłem.
lesson-digid-apply-login-hint = Twój wybór jest teraz też na karcie ćwiczeń.
lesson-digid-apply-code = Wpisz kod aktywacyjny z listu. Kliknij „Activeren”.
lesson-digid-apply-code-hint = List jest w twojej skrzynce. Spacje i małe litery są w porządku.
