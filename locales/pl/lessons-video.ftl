# Lekcje: rozmowa wideo z lekarzem rodzinnym („Oefenbeeld”). Cytowane etykiety to
# niderlandzkie słowa z ekranu ćwiczeń; { $… } to słowa danego wyglądu
# (komputer albo telefon).

lesson-video-test-title = Rozmowa wideo: zrób test
lesson-video-test-intro = Testujesz kamerę, mikrofon i dźwięk. Wtedy wiesz, że wszystko działa.
lesson-video-test-done = Test jest zrobiony. Kamera, mikrofon i dźwięk działają.
lesson-video-test-open = Masz e-mail od lekarza rodzinnego. Kliknij „Doe eerst de test”.
lesson-video-test-allow = Przeglądarka o coś pyta. Kliknij „Toestaan”.
lesson-video-test-allow-hint = Wtedy strona może używać kamery i mikrofonu. Tylko podczas rozmowy.
lesson-video-test-mistake = Celowo wybierz „{ $camera-other }”.
lesson-video-test-mistake-hint = Nie widzisz siebie. Przeczytaj czerwony komunikat.
lesson-video-test-camera = Wybierz „{ $camera-builtin }”. Teraz widzisz siebie.
lesson-video-test-mic = Kliknij „Zeg iets”. Pasek się rusza, gdy mówisz.
lesson-video-test-mic-hint = Tutaj udajemy, że mówisz. Nikt cię nie słyszy.
lesson-video-test-tone = Kliknij „Speel geluid af”. Usłyszysz dźwięk.
lesson-video-test-tone-hint = Nic nie słyszysz? Zrób głośniej.
lesson-video-test-heard = Słyszysz dźwięk? Kliknij „Ik hoor het”.
lesson-video-test-finish = Kliknij „Klaar met de test”.

lesson-video-permission-title = Zezwól na kamerę i mikrofon
lesson-video-permission-intro = Przez pomyłkę blokujesz kamerę i mikrofon. Potem to naprawiasz.
lesson-video-permission-done = Kamera i mikrofon znowu działają. Teraz umiesz to naprawić samodzielnie.
lesson-video-permission-open = W e-mailu kliknij „Doe eerst de test”.
lesson-video-permission-block = Celowo kliknij „{ $block }”.
lesson-video-permission-block-hint = To często zdarza się przez pomyłkę. Możesz to naprawić.
lesson-video-permission-fix = Przeczytaj czerwony komunikat. Zrób to, co tam jest napisane.
lesson-video-permission-fix-hint = Na komputerze kliknij kłódkę. Na telefonie otwórz Ustawienia (Instellingen).
lesson-video-permission-camera = Włącz przełącznik przy „Camera”.
lesson-video-permission-mic = Włącz przełącznik przy „Microfoon”.
lesson-video-permission-reload = Kliknij „{ $fix-done }”.
lesson-video-permission-check = Kliknij „Zeg iets”. Mikrofon znowu działa.

lesson-video-call-title = Rozmowa wideo z lekarzem
lesson-video-call-intro = Wchodzisz do poczekalni. Potem rozmawiasz z lekarzem.
lesson-video-call-done = Rozmowa wideo z lekarzem za tobą. Wiesz też, co robić, gdy coś nie działa.
lesson-video-call-open = Jest prawie 10:30. W e-mailu kliknij „Klik hier om het gesprek te openen”.
lesson-video-call-name = Wpisz imię w polu „Je naam”. Spójrz na kartę ćwiczeń.
lesson-video-call-name-hint = Lekarz widzi to imię. Użyj imienia z karty ćwiczeń.
lesson-video-call-join = Kliknij „Deelnemen”.
lesson-video-call-wait = Jesteś w poczekalni. Klikaj „1 minutę później”, aż przyjdzie lekarz.
lesson-video-call-wait-hint = Naprawdę czekasz dłużej. Zostań wtedy na stronie.
lesson-video-call-mistake = Lekarz o coś pyta. Kliknij „Ja, ik hoor u goed.”
lesson-video-call-mistake-hint = Lekarz cię nie słyszy. Przeczytaj, co jest napisane.
lesson-video-call-unmute = Kliknij „Zet microfoon aan”.
lesson-video-call-hear = Powiedz to jeszcze raz: „Ja, ik hoor u goed.”
lesson-video-call-identity = Lekarz pyta o imię i datę urodzenia. Wybierz dobrą odpowiedź.
lesson-video-call-identity-hint = Spójrz na kartę ćwiczeń. Podaj imię i datę urodzenia.
lesson-video-call-alone = Lekarz pyta, czy możesz swobodnie mówić. Wybierz odpowiedź.
lesson-video-call-alone-hint = Ktoś jest z tobą? Możesz to powiedzieć.
lesson-video-call-chat = Lekarz pisze coś na czacie. Przeczytaj to. Odpisz krótko.
lesson-video-call-send = Kliknij „Verstuur”.
lesson-video-call-oops = Celowo kliknij „Ophangen”. Tak ćwiczysz powrót do rozmowy.
lesson-video-call-oops-hint = Rozłączenie przez pomyłkę? Nic się nie stało. Możesz wrócić.
lesson-video-call-mail = Kliknij „Open de uitnodiging”.
lesson-video-call-back = Znowu kliknij „Klik hier om het gesprek te openen”.
lesson-video-call-thanks = Lekarz kończy rozmowę. Powiedz: „Dank u wel. Dag dokter.”
lesson-video-call-end = Kliknij „Ophangen”. Rozmowa jest skończona.
