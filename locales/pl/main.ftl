# Oefenplein — Polski. Klucze są zgodne z locales/nl/main.ftl (wzorzec).
# Krótkie zdania: od 5 do 10 słów. Jeden komunikat na krok.

## Ogólne
app-name = Oefenplein
practice-mark = Ćwiczenie — nic prawdziwego
practice-mark-more = Co to znaczy?
skip-to-content = Przejdź do treści
nav-label = Menu główne
nav-home = Start
nav-help = Pomoc
nav-settings = Ustawienia
nav-about = Informacje
nav-progress = Mój postęp
nav-words = Słowa
home-link-label = Oefenplein, wróć na start
learner-switch = Zmień osobę
back-home = Wróć na start

## Język
language-button = Język: { $language }

## Strona startowa
home-title = Co chcesz umieć?
home-intro = Wybierz, co chcesz ćwiczyć. Wszystko jest na niby. Niczego nie zepsujesz.
home-tasks-label = Ćwiczenia
task-digid-title = Zaloguj się przez DigiD
task-digid-text = Hasłem, kodem SMS albo aplikacją DigiD.
task-gp-title = Wiadomość do lekarza rodzinnego
task-gp-text = Zadaj pytanie w portalu lekarza rodzinnego.
task-repeat-title = Zamów kolejną receptę
task-repeat-text = Zamów swoje leki jeszcze raz.
task-hospital-title = Wizyta w szpitalu
task-hospital-text = Wypełnij ankietę i zgłoś przybycie.
task-appointment-title = Umów wizytę
task-appointment-text = Wybierz dzień i godzinę.
task-video-title = Rozmowa wideo z lekarzem
task-video-text = Poczekalnia, kamera i dźwięk.
task-phishing-title = Rozpoznaj fałszywe wiadomości
task-phishing-text = Prawdziwa czy fałszywa? Naucz się, na co patrzeć.
task-basics-title = Podstawy
task-basics-text = Dotykanie, pisanie, przewijanie i cofanie.
home-safe-title = Tu nic złego się nie stanie
home-safe-text = Używasz fałszywych danych z karty ćwiczeń. Nic nie trafia do internetu.

## Wkrótce
soon-title = Wkrótce

## Nie znaleziono
not-found-title = Ta strona nie istnieje
not-found-text = Nic się nie stało. Nic nie jest zepsute.

## Ładowanie
loading = Ładowanie…
load-failed-title = Ta część się nie załadowała
load-failed-text = Nic nie jest zepsute. Sprawdź, czy masz internet. Potem spróbuj ponownie.
load-failed-retry = Spróbuj ponownie

## Komunikaty o zapisywaniu
notice-dismiss = Rozumiem
notice-storage-unavailable = To urządzenie niczego nie zapisuje. Postęp zniknie, gdy zamkniesz stronę.
notice-storage-corrupt = Zapisany postęp był uszkodzony. Zaczynamy od nowa. Stare dane zapisaliśmy osobno.
notice-storage-newer = Twój postęp zapisała nowsza wersja. Nic w nim nie zmieniamy.
notice-storage-full = Pamięć tego urządzenia jest pełna. Twój postęp nie jest teraz zapisywany.
notice-language-missing = { $language }: nie udało się wczytać. Sprawdź, czy masz internet. Potem wybierz język jeszcze raz.

## Header, cards and medals
menu-open = Menu
home-lessons-done = Zrobione lekcje: { $done } z { $total }
medal-none = Jeszcze bez medalu
medal-bronze = Brąz
medal-silver = Srebro
medal-gold = Złoto
