# Урок: заявка на DigiD. Ключі: lesson-digid-apply-<крок> і lesson-digid-apply-<крок>-hint.
# Кнопки й поля тренувальної послуги зберігають свої нідерландські назви.

lesson-digid-apply-title = Подай заявку на DigiD
lesson-digid-apply-intro = Ти подаєш заявку на DigiD. Потім приходить лист з кодом.
lesson-digid-apply-done = Твій DigiD активний! І помилку теж виправлено.
lesson-digid-apply-start = Натисни кнопку «Aanvragen».
lesson-digid-apply-bsn = Введи свій номер BSN. Він є на тренувальній картці.
lesson-digid-apply-bsn-hint = Номер має 9 цифр: 123456780.
lesson-digid-apply-address = Введи поштовий індекс і номер будинку. Вони є на тренувальній картці.
lesson-digid-apply-address-hint = Малі літери і пропуски — це нормально. Наприклад: 9999zz.
lesson-digid-apply-mistake = Тепер навмисно зроби помилку. У полі «Geboortedatum» введи 31-02-1958. Натисни «Volgende».
lesson-digid-apply-mistake-hint = 31 лютого не буває. Тут помилятися можна.
lesson-digid-apply-fix = Прочитай червоне повідомлення. Введи дату народження з тренувальної картки. Натисни «Volgende».
lesson-digid-apply-fix-hint = Її можна ввести по-різному. Наприклад, 14-05-1958 або 14 mei 1958.
lesson-digid-apply-username = Придумай ім'я користувача. Введи його в поле «Gebruikersnaam».
lesson-digid-apply-username-hint = Щонайменше 6 знаків, без пропусків. Наприклад: noor1958.
lesson-digid-apply-password = Придумай пароль. Подивись на список під ним.
lesson-digid-apply-password-hint = Треба виконати всі правила. Наприклад: Zomer2027.
lesson-digid-apply-repeat = Введи пароль ще раз. Натисни «Volgende».
lesson-digid-apply-send = Перевір, чи все правильно. Натисни «Aanvraag versturen».
lesson-digid-apply-send-hint = Щось не так? Зміни це через «Wijzigen».
lesson-digid-apply-letter = Лист іде 3 дні. Біля поштової скриньки натисни «Через 3 дні».
lesson-digid-apply-letter-hint = У справжньому житті лист приходить поштою. Тут ми лише уявляємо.
lesson-digid-apply-open = Лист прийшов. Натисни «DigiD activeren».
lesson-digid-apply-login = Увійди з новим іменем користувача і паролем.
lesson-digid-apply-login-hint = Твій вибір тепер є і на тренувальній картці.
lesson-digid-apply-code = Введи код активації з листа. Натисни «Activeren».
lesson-digid-apply-code-hint = Лист у твоїй поштовій скриньці. Пропуски і малі літери — це нормально.
