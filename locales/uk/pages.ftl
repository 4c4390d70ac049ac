start-over = Почати знову
language-menu-label = Вибери мову
language-close = Закрити
soon-text = Ми ще робимо цю вправу.
soon-text-2 = Зазирни пізніше. Або вибери іншу вправу.

## Налаштування
settings-title = Налаштування
settings-intro = Зроби екран таким, як тобі зручно.
settings-text-size = Розмір літер
settings-text-size-normal = Звичайний
settings-text-size-large = Великий
settings-text-size-larger = Більший
settings-text-size-largest = Дуже великий
settings-display = Екран
settings-contrast = Високий контраст
settings-contrast-hint = Чорне і біле, з яскравими кольорами.
settings-motion = Менше руху
settings-motion-hint = Без рухомих картинок.
settings-saved = Твій вибір збережено.
settings-saved-memory = Твій вибір діє, доки ти не закриєш сторінку.
settings-recorded = Читання із записів
settings-recorded-hint = Тут є записи уроків іншими мовами. Вибери свою мову. Немає запису кроку? Тоді пристрій читає вголос.
settings-recorded-none = Без записів: пристрій читає вголос
settings-clear-title = Видалити все
settings-clear-text = Це чужий комп'ютер? Тоді видали все, коли закінчиш.
settings-clear-button = Видалити все на цьому пристрої
settings-clear-confirm = Точно? Натисни ще раз.
settings-clear-done = Усе видалено.
settings-clear-everyone = Це видаляє прогрес усіх на цьому пристрої.

## Допомога
help-title = Де мені допоможуть?
help-intro = Робити все наодинці не треба. Сміливо проси про допомогу.
help-loading = Хвилинку…
help-default-library-title = У бібліотеці
help-default-library-text = У багатьох бібліотеках є пункт допомоги з державними сайтами. Там допомагають безкоштовно.
help-default-family-title = Людина, якій ти довіряєш
help-default-family-text = Попроси родича, сусіда або волонтера. Нехай спокійно подивиться разом з тобою.
help-default-digid-title = Питання про твій справжній DigiD
help-default-digid-text = Зателефонуй у службу підтримки DigiD. Номер є на сайті DigiD.
help-host-title = Допомога тут
help-host-error = Допомога цього місця не завантажилася. Загальна допомога нижче.
help-phone = Телефон
help-address = Адреса
help-hours = Години роботи

## Про нас
about-title = Про Oefenplein
about-what = На Oefenplein ти тренуєш цифрові медичні послуги. Наприклад, вхід з DigiD.
about-fake = Тут усе вигадане. Сайтів, імен і кодів насправді не існує.
about-no-data = Ніколи не вводь свої справжні дані. Тут вони не потрібні.
about-device = Нічого не йде в інтернет. Усе залишається на цьому пристрої.
about-offline = Після першого візиту Oefenplein працює і без інтернету.
about-free = Oefenplein безкоштовний. Обліковий запис не потрібен.
about-clear = Твій прогрес є лише на цьому пристрої. Його можна видалити в налаштуваннях.

## Справжні дані (захист)
guard-title = Обережно: це схоже на справжні дані
guard-bsn = Це схоже на справжній номер BSN (громадянський сервісний номер).
guard-iban = Це схоже на справжній номер банківського рахунку (IBAN).
guard-email = Це схоже на справжню адресу електронної пошти.
guard-mobile = Це схоже на справжній номер телефону.
guard-help = Тут ти лише тренуєшся. Справжні дані ніколи не потрібні. Ми їх видалили. Користуйся тренувальною карткою.

## Тренувальна картка
card-title = Тренувальна картка
card-note = Ці дані вигадані. Користуйся ними для тренування.
card-name = Ім'я
card-birth = Дата народження
card-username = Ім'я користувача
card-password = Пароль
card-email = Електронна пошта
card-child = Дитина
card-child-birth = Дата народження дитини
card-show = Показати тренувальну картку
card-hide = Сховати тренувальну картку

## Тренувальний телефон
phone-title = Твій телефон (тренування)
phone-messages = Повідомлення
phone-empty = Ще немає повідомлень.
phone-new-message = Нове повідомлення на телефоні
phone-open = Показати телефон
phone-close = Сховати телефон
phone-wait = Через 10 хвилин
phone-wait-hint = Уяви, що минуло 10 хвилин.
phone-waited = Уже минуло { $minutes } хвилин.
phone-screen = Екран твого телефона
phone-wait-5 = Через 5 хвилин
phone-wait-5-hint = Уяви, що минуло 5 хвилин.
phone-new = Нове
phone-just-now = Щойно
phone-minutes-ago = { $minutes } хв тому
phone-banner-close = Закрити
phone-days-ago = { $days ->
    [one] { $days } день тому
    [few] { $days } дні тому
    [many] { $days } днів тому
   *[other] { $days } дн. тому
}
phone-waited-days = { $days ->
    [one] Уже минув { $days } день.
    [few] Уже минуло { $days } дні.
    [many] Уже минуло { $days } днів.
   *[other] Уже минуло днів: { $days }.
}
card-pin = PIN-код застосунку

## Заявка на DigiD: тренувальна картка і поштова скринька
card-bsn = Номер BSN
card-street = Вулиця
card-house-number = Номер будинку
card-postcode = Поштовий індекс
card-town = Місто
card-chosen = Це твій власний вибір:
card-chosen-username = Ім'я користувача
card-chosen-password = Пароль
letterbox-title = Твоя поштова скринька (тренування)
letterbox-empty = Ще немає пошти.
letterbox-new-letter = У поштовій скриньці є лист.
letterbox-wait = Через 3 дні
letterbox-wait-hint = Уяви, що минуло 3 дні.
letterbox-waited = Уже минуло днів: { $days }.

## Урок
lesson-step-of = Крок { $step } з { $total }
lesson-where = Де я?
lesson-read-aloud = Прочитати вголос
lesson-stop-reading = Зупинити читання
lesson-show-me = Покажи мені
lesson-hint = Підказка
lesson-previous = Попередній крок
lesson-next = Наступний крок
lesson-next-locked = Спершу зроби цей крок на тренувальному екрані.
lesson-restart = Почати знову
lesson-well-done = Молодець!
lesson-picture = Ось як це виглядає
lesson-done-title = Молодець!
lesson-done-text = Урок пройдено. Тренуйся стільки, скільки хочеш.
lesson-done-again = Ще раз
lesson-done-other-look = Зроби це ще раз на іншому порталі: { $look }
lesson-done-other-look-why = Кожен кабінет лікаря має свій портал. Там кнопки називаються інакше.
lesson-done-free = Вільне тренування
lesson-done-next = Що ти можеш зробити зараз?
lesson-done-next-lesson = Наступний урок: { $lesson }
lesson-start = Почати урок
lesson-continue = Продовжити урок
lesson-finished-badge = Готово
lesson-steps-count = Кроків: { $count }
lesson-not-done-title = Цей урок ще не закінчено
lesson-not-done-text = Цей урок ще не закінчено. Почни спочатку або продовжуй.
lesson-resume-at = Продовжити з кроку { $step }
lesson-examples-notice = Твій власний вибір не збережено. Далі ти використовуєш приклади з тренувальної картки.
lesson-examples-ok = Зрозуміло
lesson-put-back = Це був інший екран. Екран повернувся до початку цього кроку.
card-example = Далі ти тренуєшся з цими даними:
free-practice = Вільне тренування
free-practice-text = Спробуй усе самостійно. Помилятися можна.
free-practice-title = Вільне тренування: { $service }
practice-area-label = Тренувальний екран
lesson-step-of-nav = Кроки уроку

## Розпізнай фальшиві повідомлення
phishing-question = Це повідомлення справжнє чи фальшиве?
phishing-real = Справжнє
phishing-fake = Фальшиве
phishing-right = Правильно!
phishing-wrong = Ще не правильно. Спробуй ще раз.
phishing-why-digid-sms = DigiD ніколи не надсилає посилання в SMS. А ще повідомлення квапить тебе.
phishing-why-pharmacy-ready = Тут немає посилання. Ніхто не просить грошей чи даних.
phishing-why-digid-qr = DigiD ніколи не надсилає QR-код електронною поштою. Подивись і на адресу відправника.
phishing-why-gp-portal = Тут немає посилання. Ти входиш самостійно через застосунок або сайт.
phishing-why-pharmacy-pay = Аптека ніколи не просить грошей через посилання. Тим більше в SMS.
phishing-why-gp-threat = Це повідомлення погрожує і квапить. Це тривожні знаки. Сумніваєшся? Зателефонуй у кабінет лікаря самостійно.
phishing-why-digid-activated = Тут немає посилання. Ти можеш самостійно зателефонувати в службу підтримки.
phishing-wrong-digid-sms = Подивись ще раз. У цьому SMS є посилання, і воно квапить. DigiD ніколи не надсилає посилань у SMS.
phishing-wrong-pharmacy-ready = Подивись ще раз. Тут немає посилання. Ніхто нічого в тебе не просить.
phishing-wrong-digid-qr = Подивись ще раз. DigiD ніколи не надсилає QR-код електронною поштою. Подивись і на відправника.
phishing-wrong-gp-portal = Подивись ще раз. Тут немає посилання. Ти входиш самостійно.
phishing-wrong-pharmacy-pay = Подивись ще раз. Тут просять грошей через посилання. Аптека ніколи так не робить.
phishing-wrong-gp-threat = Подивись ще раз. Повідомлення погрожує і квапить. Це тривожні знаки.
phishing-wrong-digid-activated = Подивись ще раз. Тут немає посилання. Ти самостійно телефонуєш у службу підтримки.
phishing-address-question = Подивись на вебадресу вгорі. Вона правильна?
phishing-address-right = Вебадреса правильна
phishing-address-wrong = Вебадреса неправильна
phishing-address-spotted = Добре помічено! Справжня адреса закінчується на digid.nl. Нічого тут не заповнюй.
phishing-address-missed = Подивись ще раз. Справжня адреса DigiD закінчується на digid.nl.
phishing-score = Правильно: { $right } з { $total }
phishing-status-right = Правильно
phishing-status-wrong = Ще не правильно
phishing-fake-qr = Картинка з QR-кодом

## Читання вголос
read-aloud-no-voice = На цьому пристрої зараз немає голосу для читання. Спробуй пізніше.
read-aloud-dutch-only = На цьому пристрої немає голосу твоєю мовою. Ти почуєш лише нідерландські слова.
read-aloud-message = Прочитати це повідомлення вголос
read-aloud-pace = Як швидко Oefenplein читає вголос?
read-aloud-pace-normal = Звичайний темп
read-aloud-pace-slow = Повільний темп
gp-wait-days = Через 1 день
gp-wait-days-hint = Уяви, що минув день. Тоді відповідь прийде швидше.
gp-idle-button = 15 хвилин нічого не робити
gp-idle-button-hint = Уяви, що ти 15 хвилин нічого не робиш на сайті.

## Поруч із відеоконсультацією

video-wait-minute = Через 1 хвилину
video-wait-minute-hint = Уяви, що минула хвилина.
video-own-title = Спробуй свою камеру
video-own-text = Це не обов'язково. Тут ти бачиш лише себе. Нічого не записується, не зберігається і не надсилається.
video-own-view = Твоя камера
video-own-start = Увімкнути мою камеру
video-own-stop = Вимкнути мою камеру
video-own-refused = Браузеру не можна використовувати твою камеру. Це нормально. Можна тренуватися і без неї.
video-own-none = Камеру не знайдено. Це нормально. Можна тренуватися і без неї.

## Тренування в аптеці: поруч із застосунком, мовою учня.
pharmacy-to-pharmacy = Піти в аптеку
pharmacy-to-phone = Назад до телефона
pharmacy-wait-day = Через 1 день
pharmacy-wait-day-hint = Уяви, що минув день.
pharmacy-wait-week = Через 1 тиждень
pharmacy-wait-week-hint = Уяви, що минув тиждень.
hospital-to-hospital = Піти в лікарню
hospital-to-home = Назад додому
hospital-wait-day = Через 1 день
hospital-wait-day-hint = Уяви, що настало завтра: день твого прийому.
hospital-visit-day = Сьогодні день твого прийому.

journey-title = Твій шлях у медичній допомозі
journey-text = Спершу сімейний лікар. Потім аптека. Іноді після цього лікарня.
journey-step = Крок { $n }
journey-done = готово

## Мій прогрес
progress-title = Мій прогрес
progress-intro = Тут видно твої тренування.
progress-counts = Бронза: {$bronze} · Срібло: {$silver} · Золото: {$gold}
progress-rules-title = Як отримати медаль
progress-rule-bronze = Ти проходиш урок до кінця.
progress-rule-silver = Ти проходиш урок без кнопок «Підказка» і «Покажи мені».
progress-rule-gold = Потім ти робиш це самостійно. У розділі «Вільне тренування» або на іншому порталі.
progress-rules-note = Медаль — це не іспит. Тренуйся стільки, скільки хочеш.
progress-lessons-title = Твої уроки
progress-lesson-started = Почато: крок { $step } з { $total }
progress-lesson-todo = Ще не пройдено
progress-save-title = Збережи свій прогрес
progress-save-text = Тренуєшся на комп'ютері в бібліотеці? Він усе забуває, коли ти йдеш.
progress-save-text-2 = Запиши цей код. Або сфотографуй його.
progress-code-label = Твій код
progress-copy = Скопіювати код
progress-copied = Код скопійовано.
progress-qr-label = QR-код з твоїм прогресом
progress-qr-text = Або скануй QR-код телефоном. Тоді прогрес буде з тобою.
progress-save-privacy = У коді є лише твої уроки й медалі. Ніколи не твоє ім'я. Ніколи не текст, який ти вводиш.
progress-restore-title = Поверни свій прогрес
progress-restore-text = У тебе є код? Введи його тут. Твій поточний прогрес тут теж залишиться.
progress-restore-from-link = Код із QR-коду готовий. Натисни «Відновити».
progress-restore-button = Відновити
progress-restore-done = Вийшло! Твій прогрес повернувся.
progress-error-empty = Спершу введи свій код.
progress-error-char = «{ $char }» не буває в коді. Уважно подивись ще раз.
progress-error-short = Цей код закороткий. Бракує частини.
progress-error-typo = Цей код неправильний. Можливо, одна літера чи цифра інша. Уважно подивись ще раз.
progress-error-newer = Цей код з новішої версії Oefenplein. Цей комп'ютер поки не може його прочитати.
progress-error-help = Не виходить? Попроси про допомогу працівника або волонтера.
progress-certificate-text = Роздрукуй сертифікат зі своїми медалями.
progress-certificate-link = Перейти до сертифіката

## Хто тренується? Кілька людей на одному пристрої, у кожного свій знак (без імен)
learners-title = Хто тренується?
learners-intro = На цьому пристрої тренуються кілька людей? Тоді кожен вибирає свій знак.
learners-intro-2 = Так кожен має свій прогрес. Ім'я не потрібне.
learners-pick-title = Вибери свій знак
learners-you = Це ти зараз.
learners-new-title = Ти тут уперше? Вибери знак
learners-symbol = Картинка
learners-colour = Колір
learners-preview = Так виглядає твій знак:
learners-join = Це мій знак
learners-keeps = Усе, що зараз є на цьому пристрої, отримає твій знак.
learners-now = Вийшло! Тепер ти тренуєшся як: { $sign }.
learners-taken = Цей знак уже має хтось інший. Вибери іншу картинку або інший колір.
learners-full = Місця для нових знаків більше немає. Попроси про допомогу тренера.
learners-unknown = Цього знака вже немає. Можливо, його щойно видалили.
learners-unsigned = На цьому пристрої є прогрес без знака. Спершу вибери для нього новий знак.
learners-stop-title = Тренування завершено?
learners-stop-text = Тоді видали свій знак і свій прогрес. Інші збережуть свій прогрес.
learners-stop-button = Завершити й видалити мій прогрес
learners-stop-confirm = Точно? Натисни ще раз.
learners-stop-done = Твій прогрес видалено. Наступна людина може вибрати знак.
learners-help = Не виходить? Попроси про допомогу тренера.
learners-back = Перейти до мого прогресу
learners-link-title = Кілька людей на одному пристрої?
learners-link-text = Нехай кожен вибере свій знак. Тоді кожен має свій прогрес.
learners-link = Вибери свій знак
learners-sign = { $symbol }, { $colour }
learner-symbol-sun = Сонце
learner-symbol-star = Зірка
learner-symbol-tree = Дерево
learner-symbol-flower = Квітка
learner-symbol-fish = Риба
learner-symbol-bird = Птах
learner-symbol-heart = Серце
learner-symbol-moon = Місяць
learner-colour-blue = синій
learner-colour-green = зелений
learner-colour-orange = помаранчевий
learner-colour-purple = фіолетовий
learner-colour-red = червоний
learner-colour-grey = сірий

## Медалі після уроку
medal-earned-bronze = У тебе бронза за цей урок!
medal-earned-silver = У тебе срібло за цей урок!
medal-earned-gold = У тебе золото за цей урок!
medal-next-bronze = Пройди урок ще раз без кнопок «Підказка» і «Покажи мені». Тоді отримаєш срібло.
medal-next-silver = Тепер зроби це самостійно в розділі «Вільне тренування». Тоді отримаєш золото.
medal-next-silver-look = Тепер зроби це самостійно. Вибери «Вільне тренування» або інший портал. Тоді отримаєш золото.
medal-next-gold = Молодець! Подивись у розділі «Мій прогрес», що ти вже вмієш.

## Сертифікат
certificate-title = Сертифікат
certificate-intro = Роздрукуй цей сертифікат. Можеш вписати своє ім'я, але це не обов'язково.
certificate-name-label = Твоє ім'я (лише для друку)
certificate-name-hint = Oefenplein не зберігає твоє ім'я.
certificate-print = Роздрукувати сертифікат
certificate-by = Тренування з Oefenplein: { $name }.
certificate-by-nobody = Тренування з Oefenplein.
certificate-list = Пройдені уроки:
certificate-date = Дата: { $date }
certificate-footer = Oefenplein — тренування без справжніх даних
certificate-empty = Пройдених уроків ще немає. Спершу пройди урок. Тоді зможеш роздрукувати сертифікат.
certificate-back = Назад до мого прогресу

## Самоперевірка
selfcheck-title = Самоперевірка: з чого почати?
selfcheck-link = Не знаєш, з чого почати? Пройди самоперевірку.
selfcheck-intro = П'ять коротких питань. Тоді ти знатимеш, з якого уроку почати.
selfcheck-intro-2 = Це не іспит. Неправильних відповідей немає. Ми зберігаємо лише твою точку старту.
selfcheck-start = Почати самоперевірку
selfcheck-skip = Пропустити
selfcheck-next = Далі
selfcheck-previous = Назад
selfcheck-count = Питання { $n } з 5
selfcheck-choose-one = Вибери одну відповідь. Сумніваєшся? Вибери найближчу.
selfcheck-device = У тебе є телефон, планшет або комп'ютер з інтернетом?
selfcheck-device-yes = Так
selfcheck-device-no = Ні
selfcheck-not-sure = Я не знаю
selfcheck-health = Ти шукаєш в інтернеті щось про своє здоров'я?
selfcheck-health-often = Так, часто
selfcheck-health-sometimes = Іноді
selfcheck-health-never = Ніколи
selfcheck-forms = Як добре ти заповнюєш форми в інтернеті?
selfcheck-forms-easy = Добре, я це вмію
selfcheck-forms-help = Вмію, але з невеликою допомогою
selfcheck-forms-hard = Мені це важко
selfcheck-forms-never = Для мене це зовсім нове
selfcheck-tap = Натисни кнопку «Тут».
selfcheck-tap-button = Тут
selfcheck-tap-missed = Трохи мимо. Спробуй ще раз.
selfcheck-tap-first = Спершу натисни кнопку «Тут».
selfcheck-type = Надрукуй слово: { $word }
selfcheck-type-label = Твоє слово
selfcheck-type-wrong = Це ще не те слово. Уважно подивись і спробуй ще раз.
selfcheck-result-title = Твоя точка старту
selfcheck-level-beginner = Початковий рівень
selfcheck-level-familiar = Трохи досвіду
selfcheck-level-experienced = Багато досвіду
selfcheck-level-beginner-text = Почни з основ: кнопки, друк і гортання.
selfcheck-level-familiar-text = Почни з входу з DigiD. Він потрібен майже всюди.
selfcheck-level-experienced-text = Почни з порталу сімейного лікаря.
selfcheck-no-exam = Це лише порада. Ти можеш вибрати будь-який урок.
selfcheck-first-lesson = Почни з: { $lesson }
selfcheck-choose-myself = Я виберу самостійно
selfcheck-again = Пройти самоперевірку ще раз
selfcheck-help = Хочеш тренуватися з кимось? Попроси допомоги в бібліотеці.
progress-level = Твоя точка старту: { $level }

## Слова на екрані
words-title = Слова на екрані
words-intro = Ці слова часто є на сайтах і в застосунках. Натисни на слово. Тоді побачиш, що воно означає.
words-group-screen = На кожному екрані
words-group-login = Вхід
words-group-care = У медицині
words-say = Вимовити слово
words-read = Прочитати вголос
words-picture = Ось як це виглядає в уроці «{$lesson}».
words-practise = Потренуй це в уроці
words-all = Усі слова
words-ask = Не розумієш якогось слова? Запитай людину, якій довіряєш.
words-in-step = Слова в цьому кроці
word-knop-about = Слово «knop» означає кнопку. Вона щось робить, коли ти її натискаєш. На телефоні ти торкаєшся її пальцем. Мишею ти на неї клацаєш.
word-vakje-about = Слово «vakje» означає поле. У ньому ти щось пишеш, наприклад своє ім'я. Його ще називають «invulveld»: поле для заповнення.
word-link-about = Слово «link» означає посилання. Воно веде на іншу сторінку. Посилання часто синє і підкреслене.
word-vinkje-about = Слово «vinkje» означає галочку. Галочкою ти кажеш: так. Натисни на квадратик. Тоді в ньому з'явиться галочка.
word-pop-up-about = Слово «pop-up» означає вікно поверх сторінки. Ти закриваєш його маленьким хрестиком.
word-scrollen-about = Слово «scrollen» означає гортати: рухати сторінку вгору або вниз. Так ти бачиш решту.
word-app-about = Слово «app» означає застосунок, програму на телефоні. Щоб відкрити його, торкнися його картинки.
word-installeren-about = Слово «installeren» означає встановити: поставити застосунок на телефон. Ти робиш це в магазині застосунків.
word-digid-about = З «DigiD» ти показуєш в інтернеті, хто ти. DigiD — від держави.
word-inloggen-about = Слово «inloggen» означає увійти на сайт або в застосунок. Ти показуєш, хто ти.
word-gebruikersnaam-about = Слово «gebruikersnaam» означає ім'я користувача. З ним ти входиш. Ти вибираєш його самостійно.
word-wachtwoord-about = Слово «wachtwoord» означає пароль: таємне слово. Його знаєш лише ти. Нікому його не кажи.
word-sms-code-about = Слово «sms-code» означає код в SMS на твій телефон. Ти вводиш цей код. Тоді сайт знає, що це ти.
word-activeringscode-about = Слово «activeringscode» означає код активації. Він приходить у листі. Ти вводиш його один раз. Тоді твій DigiD працює.
word-koppelcode-about = Слово «koppelcode» означає код для зв'язку. Він з'єднує застосунок з комп'ютером. Код діє лише недовго.
word-qr-code-about = Слово «QR-code» означає QR-код: квадрат з маленькими клітинками. Ти скануєш його камерою телефона.
word-pincode-about = Слово «pincode» означає PIN-код: таємне число. Ти вибираєш його самостійно. Нікому його не кажи.
word-uitloggen-about = Слово «uitloggen» означає вийти із сайту або застосунку. Завжди роби це, коли закінчиш.
word-portaal-about = Слово «portaal» означає портал: захищений сайт. Наприклад, такий є у твого сімейного лікаря. Ти входиш з DigiD.
word-afspraak-about = Слово «afspraak» означає запис на прийом. Ти вибираєш час у лікаря. Часто це можна зробити онлайн.
word-herhaalrecept-about = Слово «herhaalrecept» означає повторний рецепт. Ти ще раз просиш ліки. Це ліки, які ти вже приймаєш.
word-e-consult-about = Слово «e-consult» означає питання сімейному лікарю через інтернет. Відповідь ти читаєш на порталі.
word-uitslag-about = Слово «uitslag» означає результат. Він показує, що вийшло в аналізі. Наприклад, в аналізі крові.
word-vragenlijst-about = Слово «vragenlijst» означає анкету: список питань. Ти заповнюєш її перед прийомом.
word-inchecken-about = Слово «inchecken» означає зареєструватися: сказати, що ти вже на місці. Наприклад, у лікарні.
word-verwijzing-about = Слово «verwijzing» означає направлення. З ним сімейний лікар посилає тебе до спеціаліста. Наприклад, у лікарню.
word-wachtkamer-about = Слово «wachtkamer» означає зал очікування. В онлайн-залі очікування ти чекаєш на лікаря. Залишайся на сторінці.

## Для тренерів: картки кроків
trainers-title = Для тренерів
trainers-text = Кожен крок має код, наприклад D2-3. Так здалеку видно, де людина зараз. Роздрукуй картки кроків для групового уроку.
trainers-cards = Картки кроків: {$lesson}
cards-page-title = Картки кроків
cards-title = Картки кроків: {$lesson}
cards-intro = Одна картка на крок: код, картинка і текст. Вибери другу мову, якщо це допомагає.
cards-back = Назад до вправи
cards-second-language = Друга мова на картках
cards-none = Немає
cards-print = Друкувати
cards-rule = Ніколи не тренуйся зі справжніми даними DigiD чи здоров'я. Користуйся тренувальною карткою.
trainers-present = Показ: {$lesson}

## Показ: екран для групи і пульт керування
present-title = Показ
present-text = Цей екран для групи. Керуй ним з другого вікна.
present-open-controls = Відкрити пульт керування
present-stop = Зупинити показ
controls-page-title = Пульт керування
controls-intro = Пульт керування для тренера. Група дивиться на екран.
controls-title = Пульт керування: {$lesson}
controls-no-screen = Екран ще не знайдено. Відкрий його кнопкою нижче.
controls-at = Екран зараз показує: {$step}.
controls-at-end = Екран показує кінець уроку.
controls-elsewhere = Екран показує інший урок: {$lesson}.
controls-previous = Попередній крок
controls-next = Наступний крок
controls-restart = Почати знову
controls-open-screen = Відкрити екран
controls-steps = Усі кроки
controls-note = Для тебе як тренера
controls-note-step = Спершу покажи, як зробити крок. Потім нехай кожен зробить його самостійно.
controls-note-mistake = Тут навмисно стається помилка. Нехай група спершу пошукає, що пішло не так.
controls-faults = Показати помилку
controls-faults-intro = Зроби так, щоб наступна спроба навмисно не вдалася. Так група тренується все виправляти.
controls-fault-armed = Готово. Наступна спроба на екрані не вдасться.
fault-wrong-code = Код з SMS неправильний
fault-expired-code = Код з SMS уже не діє
fault-blocked-pin = Застосунок блокується
fault-slot-taken = Цей час уже зайнято
fault-camera-blocked = Камера блокується
trainers-plan = План уроку: {$lesson}
plan-page-title = План уроку
plan-title = План уроку: {$lesson}
plan-goal = Чого вчиться група
plan-duration-title = Скільки часу
plan-duration = Час: приблизно {$minutes} хв. Кроків: {$steps}.
plan-prepare = Підготуй
plan-prepare-device = Для кожного комп'ютер, планшет або телефон з Oefenplein.
plan-prepare-card = Тренувальна картка. Вона поруч із тренувальним екраном. Роздрукуй її, якщо це допомагає.
plan-prepare-screen = Великий екран або проєктор. Відкрий там урок кнопкою Показ.
plan-stuck = Тут люди часто застрягають
plan-mistake = Навмисна помилка
plan-phrases = Речення, які допомагають
plan-phrase-look = Спершу уважно подивись. Потім натисни.
plan-phrase-read = Прочитай повідомлення вголос.
plan-phrase-safe = Помилятися можна. Тут нічого не зламається.
plan-phrase-find = Знайди на екрані слово з кроку.
trainers-card-sheet = Надрукувати тренувальні картки (шість на аркуші)
card-sheet-title = Тренувальні картки для друку
card-sheet-intro = Шість карток на одному аркуші. Виріж їх і дай кожному одну. Тоді ніхто не вводить свої дані.

## Кіоск: громадські комп'ютери (kiosk.json цього місця)
kiosk-label = Цей комп'ютер
kiosk-at = Ти тренуєшся тут: {$library}.
kiosk-rule = Якщо ти нічого не робиш {$minutes} хв, ми все видаляємо. Тоді може почати наступний відвідувач.
kiosk-question = Ти ще тут?
kiosk-seconds-left = Залишилось секунд: {$seconds}. Потім ми все видалимо. Тоді може почати наступний відвідувач.
kiosk-still-here = Так, я ще тут
kiosk-note-title = Для адміністратора цього комп'ютера
kiosk-note-not-json = Файл kiosk.json не є правильним JSON. Тому кіоск вимкнено.
kiosk-note-bad-value = У kiosk.json значення «{$field}» неправильне. Зараз для нього діє стандартне значення.

## Без JavaScript (також в index.html; це перевіряє тест)
noscript-text = Oefenplein працює лише з увімкненим JavaScript.
