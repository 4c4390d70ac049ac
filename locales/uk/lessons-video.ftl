# Уроки: відеоконсультація із сімейним лікарем («Oefenbeeld»). Слова в лапках —
# нідерландські слова на тренувальному екрані; { $… } — слова конкретного вигляду
# (комп'ютер або телефон).

lesson-video-test-title = Відеодзвінок: пройди тест
lesson-video-test-intro = Ти перевіряєш камеру, мікрофон і звук. Тоді знаєш: усе працює.
lesson-video-test-done = Тест пройдено. Твоя камера, мікрофон і звук працюють.
lesson-video-test-open = Тобі прийшов лист від сімейного лікаря. Натисни «Doe eerst de test».
lesson-video-test-allow = Браузер тебе щось питає. Натисни «Toestaan».
lesson-video-test-allow-hint = Тоді сайт може використовувати камеру і мікрофон. Лише під час розмови.
lesson-video-test-mistake = Навмисно вибери «{ $camera-other }».
lesson-video-test-mistake-hint = Ти не бачиш себе. Прочитай червоне повідомлення.
lesson-video-test-camera = Вибери «{ $camera-builtin }». Тепер ти бачиш себе.
lesson-video-test-mic = Натисни «Zeg iets». Смужка рухається, коли ти говориш.
lesson-video-test-mic-hint = Тут ми лише уявляємо, що ти говориш. Тебе ніхто не чує.
lesson-video-test-tone = Натисни «Speel geluid af». Ти почуєш сигнал.
lesson-video-test-tone-hint = Нічого не чуєш? Зроби звук гучнішим.
lesson-video-test-heard = Ти чуєш сигнал? Натисни «Ik hoor het».
lesson-video-test-finish = Натисни «Klaar met de test».

lesson-video-permission-title = Дозволь камеру і мікрофон
lesson-video-permission-intro = Ти випадково блокуєш камеру. Потім ти все виправляєш.
lesson-video-permission-done = Камера і мікрофон знову працюють. Тепер ти можеш виправити це самостійно.
lesson-video-permission-open = У листі натисни «Doe eerst de test».
lesson-video-permission-block = Навмисно натисни «{ $block }».
lesson-video-permission-block-hint = Це часто стається випадково. Це можна виправити.
lesson-video-permission-fix = Прочитай червоне повідомлення. Зроби, що там написано.
lesson-video-permission-fix-hint = На комп'ютері натисни на замок. На телефоні відкрий налаштування (Instellingen).
lesson-video-permission-camera = Увімкни перемикач біля «Camera».
lesson-video-permission-mic = Увімкни перемикач біля «Microfoon».
lesson-video-permission-reload = Натисни «{ $fix-done }».
lesson-video-permission-check = Натисни «Zeg iets». Мікрофон знову працює.

lesson-video-call-title = Відеодзвінок з лікарем
lesson-video-call-intro = Ти йдеш у зал очікування. Потім говориш з лікарем.
lesson-video-call-done = Відеорозмову з лікарем закінчено. А ще ти знаєш, що робити, коли щось не так.
lesson-video-call-open = Зараз майже 10:30. У листі натисни «Klik hier om het gesprek te openen».
lesson-video-call-name = Введи своє ім'я в поле «Je naam». Подивись на тренувальну картку.
lesson-video-call-name-hint = Лікар бачить це ім'я. Візьми ім'я з тренувальної картки.
lesson-video-call-join = Натисни «Deelnemen».
lesson-video-call-wait = Ти в залі очікування. Натискай «Через 1 хвилину», доки не прийде лікар.
lesson-video-call-wait-hint = Справжнє очікування триває довше. Тоді залишайся на сторінці.
lesson-video-call-mistake = Лікар щось питає. Натисни «Ja, ik hoor u goed.»
lesson-video-call-mistake-hint = Лікар тебе не чує. Прочитай, що там написано.
lesson-video-call-unmute = Натисни «Zet microfoon aan».
lesson-video-call-hear = Скажи це ще раз: «Ja, ik hoor u goed.»
lesson-video-call-identity = Лікар питає твоє ім'я і дату народження. Вибери правильну відповідь.
lesson-video-call-identity-hint = Подивись на тренувальну картку. Назви своє ім'я і дату народження.
lesson-video-call-alone = Лікар питає, чи можеш ти вільно говорити. Вибери відповідь.
lesson-video-call-alone-hint = З тобою хтось є? Тоді можна так і сказати.
lesson-video-call-chat = Лікар пише щось у чаті. Прочитай це. Напиши коротку відповідь.
lesson-video-call-send = Натисни «Verstuur».
lesson-video-call-oops = Навмисно натисни «Ophangen». Так ти тренуєш повернення в розмову.
lesson-video-call-oops-hint = Розмову випадково завершено? Нічого страшного. Можна повернутися.
lesson-video-call-mail = Натисни «Open de uitnodiging».
lesson-video-call-back = Знову натисни «Klik hier om het gesprek te openen».
lesson-video-call-thanks = Лікар закінчив. Скажи: «Dank u wel. Dag dokter.»
lesson-video-call-end = Натисни «Ophangen». Розмову закінчено.
