# Тексти уроків про застосунок DigiD.
# Ключі: lesson-<урок>-<крок> і lesson-<урок>-<крок>-hint.
# Кнопки й поля тренувальної послуги зберігають свої нідерландські назви.

## Урок: Активуй застосунок DigiD
lesson-digid-app-activate-title = Активуй застосунок DigiD
lesson-digid-app-activate-intro = Ти встановлюєш застосунок DigiD на телефон. Потім вибираєш PIN-код.
lesson-digid-app-activate-done = Твій застосунок DigiD готовий. Тепер ти можеш входити з ним.
lesson-digid-app-activate-store = Відкрий «Oefenwinkel» на телефоні.
lesson-digid-app-activate-store-hint = На телефоні торкнися зеленого значка.
lesson-digid-app-activate-install = Торкнися «Installeren». Так застосунок з'явиться на телефоні.
lesson-digid-app-activate-open = Тепер у тебе є застосунок. Торкнися «Openen».
lesson-digid-app-activate-start = Торкнися «Activeren». Це треба зробити лише один раз.
lesson-digid-app-activate-login = Введи ім'я користувача і пароль. Потім торкнися «Inloggen».
lesson-digid-app-activate-login-hint = Вони є на тренувальній картці, біля телефона.
lesson-digid-app-activate-method = Вибери «Met een sms-code».
lesson-digid-app-activate-method-hint = Лист іде 3 дні. SMS приходить одразу.
lesson-digid-app-activate-code = Ти отримуєш SMS. Введи код. Торкнися «Verder».
lesson-digid-app-activate-code-hint = Повідомлення видно вгорі екрана телефона. Код має 6 цифр.
lesson-digid-app-activate-pin = Вибери PIN-код з 5 цифр.
lesson-digid-app-activate-pin-hint = Візьми PIN-код з тренувальної картки: 24680.
lesson-digid-app-activate-mistake = Застосунок знову просить PIN-код. Тепер навмисно введи інші цифри.
lesson-digid-app-activate-mistake-hint = Наприклад, введи 97531. Тут помилятися можна.
lesson-digid-app-activate-again = Прочитай червоне повідомлення. Вибери PIN-код ще раз.
lesson-digid-app-activate-confirm = Введи той самий PIN-код ще раз.
lesson-digid-app-activate-ready = Молодець! Торкнися «Naar de app».

## Урок: Увійти із застосунком DigiD і QR-кодом
lesson-digid-app-qr-title = Увійти із застосунком і QR-кодом
lesson-digid-app-qr-intro = Ти входиш на комп'ютері. Ти використовуєш застосунок DigiD на телефоні.
lesson-digid-app-qr-done = Тепер ти в системі на комп'ютері. З телефоном і своїм PIN-кодом.
lesson-digid-app-qr-web = Подивись на комп'ютер. Натисни «Met de DigiD app».
lesson-digid-app-qr-open = Ти бачиш koppelcode (код для зв'язку). Тепер відкрий застосунок DigiD на телефоні.
lesson-digid-app-qr-open-hint = Торкнися синього значка з літерою D.
lesson-digid-app-qr-start = Торкнися «Inloggen op een computer».
lesson-digid-app-qr-wait = Іноді це триває надто довго. Біля телефона натисни «Через 5 хвилин».
lesson-digid-app-qr-wait-hint = Потім подивись на комп'ютер. Koppelcode більше не діє.
lesson-digid-app-qr-new = Koppelcode більше не діє. На комп'ютері натисни «Nieuwe koppelcode».
lesson-digid-app-qr-code = Введи новий koppelcode у застосунку. Торкнися «Verder».
lesson-digid-app-qr-code-hint = Koppelcode є на комп'ютері. Він має 4 літери.
lesson-digid-app-qr-scan = Комп'ютер показує QR-код. Торкнися «Scan de QR-code».
lesson-digid-app-qr-scan-hint = У справжньому житті ти наводиш камеру на код.
lesson-digid-app-qr-confirm = Хочеш увійти? Торкнися «Ja, inloggen».
lesson-digid-app-qr-pin = Введи свій PIN-код. І ти в системі.
lesson-digid-app-qr-pin-hint = PIN-код є на тренувальній картці.

## Урок: Увійти із застосунком DigiD на тому самому телефоні
lesson-digid-app-phone-title = Увійти із застосунком на телефоні
lesson-digid-app-phone-intro = Ти входиш на самому телефоні. Комп'ютер не потрібен.
lesson-digid-app-phone-done = Ти в системі на телефоні. Застосунок зробив усю роботу.
lesson-digid-app-phone-browser = Торкнися «Internet». Так відкриється сайт.
lesson-digid-app-phone-web = Торкнися «Met de DigiD app».
lesson-digid-app-phone-confirm = Застосунок DigiD відкривається сам. Торкнися «Ja, inloggen».
lesson-digid-app-phone-mistake = Тепер навмисно введи неправильний PIN-код.
lesson-digid-app-phone-mistake-hint = Наприклад, введи 97531. У тебе є 5 спроб.
lesson-digid-app-phone-pin = Прочитай повідомлення. Тепер введи правильний PIN-код.
lesson-digid-app-phone-pin-hint = PIN-код є на тренувальній картці.
lesson-digid-app-phone-back = Молодець! Торкнися «Terug naar Mijn Oefenzorg».

## Урок: Забутий PIN-код
lesson-digid-pin-forgot-title = Забутий PIN-код
lesson-digid-pin-forgot-intro = Ти більше не пам'ятаєш PIN-код. Ти знову активуєш застосунок.
lesson-digid-pin-forgot-done = У тебе новий PIN-код. Твій застосунок знову працює.
lesson-digid-pin-forgot-open = Відкрий застосунок DigiD на телефоні.
lesson-digid-pin-forgot-forgot = Ти більше не пам'ятаєш PIN-код. Торкнися «Pincode vergeten?».
lesson-digid-pin-forgot-reactivate = Прочитай текст. Торкнися «Opnieuw activeren».
lesson-digid-pin-forgot-reactivate-hint = Ніхто не може дізнатися твій PIN-код. Навіть служба підтримки.
lesson-digid-pin-forgot-login = Введи ім'я користувача і пароль. Потім торкнися «Inloggen».
lesson-digid-pin-forgot-login-hint = Вони є на тренувальній картці.
lesson-digid-pin-forgot-method = Тепер вибери «Met uw identiteitskaart».
lesson-digid-pin-forgot-hold = Торкнися «Houd de ID-kaart tegen de telefoon».
lesson-digid-pin-forgot-hold-hint = У справжньому житті картку прикладають до задньої частини телефона.
lesson-digid-pin-forgot-easy = Вибери PIN-код. Спершу навмисно введи 12345.
lesson-digid-pin-forgot-easy-hint = Так ти побачиш, що застосунок каже про простий код.
lesson-digid-pin-forgot-pin = Тепер вибери кращий PIN-код.
lesson-digid-pin-forgot-pin-hint = Наприклад, 86420. Добре запам'ятай свій новий PIN-код.
lesson-digid-pin-forgot-confirm = Введи той самий PIN-код ще раз.
