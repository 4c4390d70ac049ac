# Тексти уроків. Ключі: lesson-<урок>-<крок> і lesson-<урок>-<крок>-hint.
# Кнопки й поля тренувальної послуги зберігають свої нідерландські назви.

## Урок: Увійти з DigiD
lesson-digid-web-title = Увійти з DigiD
lesson-digid-web-intro = Ти входиш на тренувальний сайт. З ім'ям користувача, паролем і кодом з SMS.
lesson-digid-web-done = Вхід з DigiD виконано. І помилку теж виправлено.
lesson-digid-web-username = Введи ім'я користувача в поле «Gebruikersnaam». Воно є на тренувальній картці.
lesson-digid-web-username-hint = Введи noor.oefen. Не забудь крапку посередині.
lesson-digid-web-mistake = Тепер навмисно введи неправильний пароль. Потім натисни «Inloggen».
lesson-digid-web-mistake-hint = Наприклад, введи welkom. Тут помилятися можна.
lesson-digid-web-fix = Прочитай червоне повідомлення. Тепер введи правильний пароль.
lesson-digid-web-fix-hint = Пароль є на тренувальній картці. Він починається з великої літери O.
lesson-digid-web-login = Натисни кнопку «Inloggen».
lesson-digid-web-sms = Вибери «Sms-controle». Тоді ти отримаєш код на телефон.
lesson-digid-web-sms-hint = Застосунок ти потренуєш в іншому уроці.
lesson-digid-web-code = Подивись на телефон. Введи код з SMS.
lesson-digid-web-code-hint = Код має 6 цифр. Не бачиш телефона? Натисни «Показати телефон».
lesson-digid-web-submit = Натисни «Inloggen». І ти в системі!

## Урок: Розпізнай фальшиві повідомлення
lesson-phishing-title = Розпізнай фальшиві повідомлення
lesson-phishing-intro = Ти отримуєш повідомлення від DigiD, аптеки і сімейного лікаря. Які з них справжні?
lesson-phishing-done = Тепер ти розпізнаєш фальшиві повідомлення. Завжди дивись на посилання, поспіх і вебадресу.
lesson-phishing-open = Відкрий перше повідомлення. Це SMS від DigiD.
lesson-phishing-judge = Це повідомлення справжнє чи фальшиве? Вибери кнопку.
lesson-phishing-judge-hint = Чи надсилає DigiD посилання в SMS?
lesson-phishing-page = Уяви, що ти все ж натискаєш посилання. Натисни посилання в повідомленні.
lesson-phishing-address = Подивись на вебадресу вгорі. Вона правильна?
lesson-phishing-address-hint = Справжня адреса DigiD закінчується на digid.nl.
lesson-phishing-rest = Натисни «Terug naar het bericht». Потім оціни інші повідомлення.
lesson-phishing-rest-hint = Зверни увагу на посилання, поспіх, погрози і оплату.

## Урок: Забутий пароль
lesson-digid-forgot-title = Забутий пароль
lesson-digid-forgot-intro = Ти більше не пам'ятаєш пароль. Ти робиш новий за допомогою коду з SMS.
lesson-digid-forgot-done = У тебе новий пароль. З ним ти вже в системі.
lesson-digid-forgot-open = Ти більше не пам'ятаєш пароль. Натисни «Wachtwoord vergeten?».
lesson-digid-forgot-username = Введи ім'я користувача. Потім натисни «Verder».
lesson-digid-forgot-username-hint = Ім'я користувача є на тренувальній картці.
lesson-digid-forgot-code = Подивись на телефон. Введи код. Натисни «Verder».
lesson-digid-forgot-code-hint = Код має 6 цифр.
lesson-digid-forgot-new = Придумай новий пароль. Введи його в поле «Nieuw wachtwoord».
lesson-digid-forgot-new-hint = Подивись на список. Треба виконати всі правила. Наприклад: Zomer2027.
lesson-digid-forgot-repeat = Введи той самий пароль ще раз. Натисни «Wachtwoord opslaan».
lesson-digid-forgot-login = Натисни «Terug naar inloggen». Увійди з новим паролем.
lesson-digid-forgot-login-hint = Твій новий пароль тепер є і на тренувальній картці.

## Основи
lesson-basics-tap-title = Натисни кнопку
lesson-basics-tap-intro = Кнопка щось робить, коли ти її натискаєш. Тут ти це тренуєш.
lesson-basics-tap-done = Кнопки натиснуто. Так ти йдеш далі на сайті.
lesson-basics-tap-go-on = Натисни зелену кнопку «Verder».
lesson-basics-tap-go-on-hint = На телефоні ти торкаєшся пальцем. Мишею ти клацаєш.
lesson-basics-tap-yes = Тут є питання. Натисни «Ja».
lesson-basics-type-title = Друкуй у полі
lesson-basics-type-intro = На сайтах ти друкуєш у полях. А ще тренуєш виправлення помилки.
lesson-basics-type-done = Текст надруковано, помилку виправлено.
lesson-basics-type-name = Торкнися поля «Voornaam». Надрукуй: Noor.
lesson-basics-type-name-hint = Для великої літери натисни стрілку вгору.
lesson-basics-type-place = У полі «Woonplaats» є помилка: Oefenstadd. Видали останню d.
lesson-basics-type-place-hint = Торкнися місця після слова. Натисни клавішу стирання (Backspace).
lesson-basics-type-save = Натисни «Opslaan».
lesson-basics-scroll-title = Прокрути вниз
lesson-basics-scroll-intro = Сторінка часто довша за екран. Тоді ти її гортаєш.
lesson-basics-scroll-done = Ти вмієш гортати вниз і назад угору.
lesson-basics-scroll-down = Прокрути вниз. Унизу натисни «Gevonden».
lesson-basics-scroll-down-hint = На телефоні проведи пальцем угору. Мишею покрути коліщатко.
lesson-basics-scroll-up = Прокрути назад угору. Натисни «Naar boven».
lesson-basics-back-title = Повернись назад
lesson-basics-back-intro = Ти на неправильній сторінці? Тоді повернись назад.
lesson-basics-back-done = Ти вмієш відкрити сторінку і повернутися назад.
lesson-basics-back-open = Натисни «Activiteiten».
lesson-basics-back-back = Повернись назад. Натисни «Terug».
lesson-basics-back-back-hint = «Terug» часто є вгорі ліворуч. Часто там є маленька стрілка.
lesson-basics-choose-title = Постав галочку і вибери
lesson-basics-choose-intro = У формах ти вибираєш зі списку. Або ставиш галочку.
lesson-basics-choose-done = Ти вмієш вибрати зі списку і поставити галочку.
lesson-basics-choose-day = Вибери день у списку. Наприклад, woensdag (середа).
lesson-basics-choose-day-hint = Торкнися списку. Тоді побачиш дні.
lesson-basics-choose-tick = Постав галочку біля «Ik ga akkoord met de regels».
lesson-basics-choose-send = Натисни «Aanmelden».
lesson-basics-date-title = Вибери дату
lesson-basics-date-intro = Для запису на прийом ти часто вибираєш день у календарі.
lesson-basics-date-done = Дату вибрано і підтверджено.
lesson-basics-date-pick = Вибери в календарі вівторок, 15 грудня.
lesson-basics-date-pick-hint = Знайди число 15. Воно під «di». Це означає вівторок.
lesson-basics-date-confirm = Натисни «Bevestigen».
lesson-basics-link-title = Розпізнай посилання
lesson-basics-link-intro = Посилання веде на іншу сторінку. Ти вчишся його впізнавати.
lesson-basics-link-done = Ти вмієш упізнати посилання і відкрити його.
lesson-basics-link-link = Натисни посилання «openingstijden».
lesson-basics-link-link-hint = Посилання синє і підкреслене.
lesson-basics-link-back = Натисни «Terug».
lesson-basics-popup-title = Закрий спливаюче вікно
lesson-basics-popup-intro = Іноді поверх сторінки з'являється вікно. Таке вікно називається pop-up.
lesson-basics-popup-done = Спливаюче вікно закрито.
lesson-basics-popup-close = Закрий вікно хрестиком.
lesson-basics-popup-close-hint = Хрестик є вгорі праворуч. Натискати «Ja, graag» не треба.
lesson-basics-popup-go-on = Тепер ти бачиш сторінку. Натисни «Verder».
lesson-basics-zoom-title = Збільш текст на телефоні
lesson-basics-zoom-intro = Текст надто дрібний? Тоді зроби його більшим.
lesson-basics-zoom-done = Ти вмієш збільшити текст і знову зменшити.
lesson-basics-zoom-in = Швидко торкнися тексту двічі. Або натисни «Groter».
lesson-basics-zoom-in-hint = На справжньому телефоні можна також розвести два пальці.
lesson-basics-zoom-out = Прочитай текст. Натискай «Kleiner», доки текст знову не стане малим.
