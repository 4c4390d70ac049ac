# Oefenplein — Українська. Keys follow locales/nl/main.ftl (the reference).
# Короткі речення: від 5 до 10 слів. Одне повідомлення на крок.

## Загальне
app-name = Oefenplein
practice-mark = Тренування — усе несправжнє
practice-mark-more = Що це означає?
skip-to-content = Перейти до змісту
nav-label = Головне меню
nav-home = Головна
nav-help = Допомога
nav-settings = Налаштування
nav-about = Про нас
nav-progress = Мій прогрес
nav-words = Слова
home-link-label = Oefenplein, перейти на початок
learner-switch = Змінити учня
back-home = Назад на початок

## Мова
language-button = Мова: { $language }

## Головна
home-title = Що ти хочеш уміти?
home-intro = Вибери, що ти хочеш потренувати. Усе тут несправжнє. Ти нічого не зламаєш.
home-tasks-label = Вправи
task-digid-title = Увійти з DigiD
task-digid-text = З паролем, кодом з SMS або застосунком DigiD.
task-gp-title = Повідомлення сімейному лікарю
task-gp-text = Постав запитання на порталі сімейного лікаря.
task-repeat-title = Замовити повторний рецепт
task-repeat-text = Замов свої ліки ще раз.
task-hospital-title = Візит до лікарні
task-hospital-text = Заповни анкету і зареєструйся на прийом.
task-appointment-title = Записатися на прийом
task-appointment-text = Вибери день і час.
task-video-title = Відеодзвінок з лікарем
task-video-text = Зал очікування, камера і звук.
task-phishing-title = Розпізнай фальшиві повідомлення
task-phishing-text = Справжнє чи фальшиве? Дізнайся, на що дивитися.
task-basics-title = Основи
task-basics-text = Натискати, друкувати, гортати і повертатися назад.
home-safe-title = Тут нічого не може піти не так
home-safe-text = Ти використовуєш вигадані дані з тренувальної картки. Нічого не йде в інтернет.

## Скоро буде
soon-title = Скоро буде

## Не знайдено
not-found-title = Такої сторінки немає
not-found-text = Нічого страшного. Нічого не зламано.

## Завантаження
loading = Завантаження…
load-failed-title = Ця частина не завантажилася
load-failed-text = Нічого не зламано. Перевір, чи є інтернет. Потім спробуй ще раз.
load-failed-retry = Спробувати ще раз

## Повідомлення про збереження
notice-dismiss = Зрозуміло
notice-storage-unavailable = Цей пристрій нічого не зберігає. Твій прогрес зникне, коли ти закриєш сторінку.
notice-storage-corrupt = Твій збережений прогрес пошкоджено. Ми почали спочатку. Старі дані ми зберегли окремо.
notice-storage-newer = Твій прогрес збережено новішою версією. Ми його не змінюємо.
notice-storage-full = Пам'ять цього пристрою заповнена. Зараз твій прогрес не зберігається.
notice-language-missing = { $language }: не вдалося завантажити. Перевір, чи є інтернет. Потім вибери мову ще раз.

## Header, cards and medals
menu-open = Меню
home-lessons-done = Пройдено уроків: { $done } з { $total }
medal-none = Ще немає медалі
medal-bronze = Бронза
medal-silver = Срібло
medal-gold = Золото
