# متن درس‌ها. کلیدها: lesson-<lesson>-<step> و lesson-<lesson>-<step>-hint.
# دکمه‌ها و کادرهای سرویس تمرینی اسم هلندی خود را نگه می‌دارند.

## درس: ورود با DigiD
lesson-digid-web-title = ورود با DigiD
lesson-digid-web-intro = در یک سایت تمرینی وارد می‌شوی. با نام کاربری، رمز عبور و کد پیامکی.
lesson-digid-web-done = با DigiD وارد شدی. یک اشتباه را هم درست کردی.
lesson-digid-web-username = نام کاربری‌ات را در کادر «Gebruikersnaam» تایپ کن. روی کارت تمرینت است.
lesson-digid-web-username-hint = noor.oefen را تایپ کن. به نقطه وسط آن دقت کن.
lesson-digid-web-mistake = حالا عمداً یک رمز عبور غلط تایپ کن. بعد روی «Inloggen» کلیک کن.
lesson-digid-web-mistake-hint = مثلاً welkom را تایپ کن. اینجا اشتباه کردن اشکالی ندارد.
lesson-digid-web-fix = پیام قرمز را بخوان. حالا رمز عبور درست را تایپ کن.
lesson-digid-web-fix-hint = رمز عبور روی کارت تمرینت است. با حرف بزرگ O شروع می‌شود.
lesson-digid-web-login = روی دکمه «Inloggen» کلیک کن.
lesson-digid-web-sms = «Sms-controle» را انتخاب کن. بعد یک کد روی گوشی‌ات می‌آید.
lesson-digid-web-sms-hint = اپ را در درس دیگری تمرین می‌کنی.
lesson-digid-web-code = به گوشی‌ات نگاه کن. کد داخل پیامک را تایپ کن.
lesson-digid-web-code-hint = کد 6 رقم دارد. گوشی‌ات را نمی‌بینی؟ روی «نشان دادن گوشی» کلیک کن.
lesson-digid-web-submit = روی «Inloggen» کلیک کن. حالا وارد شدی!

## درس: پیام‌های جعلی را بشناس
lesson-phishing-title = پیام‌های جعلی را بشناس
lesson-phishing-intro = از DigiD، داروخانه و پزشک خانواده پیام می‌گیری. کدام‌ها واقعی‌اند؟
lesson-phishing-done = حالا پیام‌های جعلی را می‌شناسی. همیشه به لینک‌ها، عجله و نشانی سایت دقت کن.
lesson-phishing-open = اولین پیام را باز کن. یک پیامک از DigiD است.
lesson-phishing-judge = این پیام واقعی است یا جعلی؟ یک دکمه را انتخاب کن.
lesson-phishing-judge-hint = آیا DigiD با پیامک لینک می‌فرستد؟
lesson-phishing-page = فرض کن با این حال روی لینک می‌زنی. روی لینک داخل پیام بزن.
lesson-phishing-address = به نشانی سایت در بالا نگاه کن. درست است؟
lesson-phishing-address-hint = نشانی واقعی DigiD با digid.nl تمام می‌شود.
lesson-phishing-rest = روی «Terug naar het bericht» کلیک کن. بعد پیام‌های دیگر را بررسی کن.
lesson-phishing-rest-hint = به لینک‌ها، عجله، تهدید و درخواست پول دقت کن.

## درس: رمز عبور فراموش‌شده
lesson-digid-forgot-title = رمز عبور فراموش‌شده
lesson-digid-forgot-intro = رمز عبورت دیگر یادت نیست. با یک کد پیامکی رمز تازه می‌سازی.
lesson-digid-forgot-done = یک رمز عبور تازه ساختی. و با آن وارد شدی.
lesson-digid-forgot-open = رمز عبورت دیگر یادت نیست. روی «Wachtwoord vergeten?» کلیک کن.
lesson-digid-forgot-username = نام کاربری‌ات را تایپ کن. بعد روی «Verder» کلیک کن.
lesson-digid-forgot-username-hint = نام کاربری‌ات روی کارت تمرینت است.
lesson-digid-forgot-code = به گوشی‌ات نگاه کن. کد را تایپ کن. روی «Verder» کلیک کن.
lesson-digid-forgot-code-hint = کد 6 رقم دارد.
lesson-digid-forgot-new = یک رمز عبور تازه بساز. آن را در کادر «Nieuw wachtwoord» تایپ کن.
lesson-digid-forgot-new-hint = به فهرست نگاه کن. همه قانون‌ها باید رعایت شوند. مثلاً: Zomer2027.
lesson-digid-forgot-repeat = همان رمز عبور را یک بار دیگر تایپ کن. روی «Wachtwoord opslaan» کلیک کن.
lesson-digid-forgot-login = روی «Terug naar inloggen» کلیک کن. با رمز عبور تازه‌ات وارد شو.
lesson-digid-forgot-login-hint = رمز عبور تازه‌ات حالا روی کارت تمرینت هم هست.

## اصول اولیه
lesson-basics-tap-title = یک دکمه را بزن
lesson-basics-tap-intro = دکمه وقتی آن را بزنی، کاری انجام می‌دهد. اینجا این را تمرین می‌کنی.
lesson-basics-tap-done = دکمه‌ها را زدی. این‌طوری در یک سایت جلو می‌روی.
lesson-basics-tap-go-on = دکمه سبز «Verder» را بزن.
lesson-basics-tap-go-on-hint = در گوشی، با انگشتت رویش می‌زنی. با ماوس کلیک می‌کنی.
lesson-basics-tap-yes = یک سؤال هست. «Ja» را بزن.
lesson-basics-type-title = در یک کادر تایپ کن
lesson-basics-type-intro = در سایت‌ها، در کادرها تایپ می‌کنی. درست کردن غلط تایپی را هم تمرین می‌کنی.
lesson-basics-type-done = تایپ کردی و یک اشتباه را درست کردی.
lesson-basics-type-name = روی کادر «Voornaam» بزن. تایپ کن: Noor.
lesson-basics-type-name-hint = برای حرف بزرگ، از فلش رو به بالا استفاده کن.
lesson-basics-type-place = «Woonplaats» یک غلط دارد: Oefenstadd. آخرین d را پاک کن.
lesson-basics-type-place-hint = درست بعد از آخرین حرف بزن. کلید پاک کردن (Backspace) را بزن.
lesson-basics-type-save = «Opslaan» را بزن.
lesson-basics-scroll-title = به پایین اسکرول کن
lesson-basics-scroll-intro = صفحه اغلب از صفحه‌نمایش تو بلندتر است. آن‌وقت اسکرول می‌کنی.
lesson-basics-scroll-done = به پایین و دوباره به بالا اسکرول کردی.
lesson-basics-scroll-down = به پایین اسکرول کن. پایین صفحه، «Gevonden» را بزن.
lesson-basics-scroll-down-hint = در گوشی، انگشتت را رو به بالا بکش. با ماوس، چرخ آن را بچرخان.
lesson-basics-scroll-up = دوباره به بالا اسکرول کن. «Naar boven» را بزن.
lesson-basics-back-title = برگرد
lesson-basics-back-intro = در صفحه اشتباهی هستی؟ آن‌وقت برمی‌گردی.
lesson-basics-back-done = یک صفحه را باز کردی و برگشتی.
lesson-basics-back-open = روی «Activiteiten» کلیک کن.
lesson-basics-back-back = برگرد. روی «Terug» کلیک کن.
lesson-basics-back-back-hint = «Terug» اغلب بالا سمت چپ است. اغلب یک فلش کوچک دارد.
lesson-basics-choose-title = تیک بزن و انتخاب کن
lesson-basics-choose-intro = در فرم‌ها از یک فهرست انتخاب می‌کنی. یا یک کادر را تیک می‌زنی.
lesson-basics-choose-done = از فهرست انتخاب کردی و کادر را تیک زدی.
lesson-basics-choose-day = یک روز را در فهرست انتخاب کن. مثلاً woensdag (چهارشنبه).
lesson-basics-choose-day-hint = روی فهرست بزن. بعد روزها را می‌بینی.
lesson-basics-choose-tick = کادر کنار «Ik ga akkoord met de regels» را تیک بزن.
lesson-basics-choose-send = «Aanmelden» را بزن.
lesson-basics-date-title = یک تاریخ انتخاب کن
lesson-basics-date-intro = برای نوبت، اغلب یک روز را در تقویم انتخاب می‌کنی.
lesson-basics-date-done = یک تاریخ انتخاب کردی و آن را تأیید کردی.
lesson-basics-date-pick = در تقویم، سه‌شنبه 15 دسامبر را انتخاب کن.
lesson-basics-date-pick-hint = عدد 15 را پیدا کن. زیر «di» است. یعنی سه‌شنبه.
lesson-basics-date-confirm = «Bevestigen» را بزن.
lesson-basics-link-title = لینک را بشناس
lesson-basics-link-intro = لینک تو را به صفحه دیگری می‌برد. یاد می‌گیری آن را بشناسی.
lesson-basics-link-done = یک لینک را شناختی و بازش کردی.
lesson-basics-link-link = روی لینک «openingstijden» کلیک کن.
lesson-basics-link-link-hint = لینک آبی است و زیرش خط دارد.
lesson-basics-link-back = روی «Terug» کلیک کن.
lesson-basics-popup-title = یک پنجره pop-up را ببند
lesson-basics-popup-intro = گاهی پنجره‌ای روی صفحه می‌آید. به آن pop-up می‌گویند.
lesson-basics-popup-done = یک پنجره pop-up را بستی.
lesson-basics-popup-close = پنجره pop-up را با ضربدر ببند.
lesson-basics-popup-close-hint = ضربدر بالا سمت راست است. لازم نیست «Ja, graag» را بزنی.
lesson-basics-popup-go-on = حالا صفحه را می‌بینی. «Verder» را بزن.
lesson-basics-zoom-title = در گوشی‌ات بزرگ‌نمایی کن
lesson-basics-zoom-intro = متن خیلی کوچک است؟ آن‌وقت بزرگش می‌کنی.
lesson-basics-zoom-done = بزرگ‌نمایی کردی و دوباره کوچکش کردی.
lesson-basics-zoom-in = دو بار سریع روی متن بزن. یا «Groter» را بزن.
lesson-basics-zoom-in-hint = در گوشی واقعی، می‌توانی دو انگشت را از هم باز کنی.
lesson-basics-zoom-out = متن را بخوان. «Kleiner» را بزن تا متن دوباره کوچک شود.
