start-over = از نو شروع کن
language-menu-label = یک زبان انتخاب کن
language-close = بستن
soon-text = هنوز داریم این تمرین را می‌سازیم.
soon-text-2 = بعداً دوباره سر بزن. یا تمرین دیگری انتخاب کن.

## تنظیمات
settings-title = تنظیمات
settings-intro = صفحه را همان‌طور که دوست داری درست کن.
settings-text-size = اندازه حروف
settings-text-size-normal = معمولی
settings-text-size-large = بزرگ
settings-text-size-larger = بزرگ‌تر
settings-text-size-largest = خیلی بزرگ
settings-display = نمایش
settings-contrast = کنتراست بالا
settings-contrast-hint = سیاه و سفید، با رنگ‌های پررنگ.
settings-motion = حرکت کمتر
settings-motion-hint = بدون تصویرهای متحرک.
settings-saved = انتخابت ذخیره شد.
settings-saved-memory = انتخابت تا بستن صفحه می‌ماند.
settings-recorded = خواندن با صدای ضبط‌شده
settings-recorded-hint = اینجا صدای ضبط‌شده‌ی درس‌ها به زبان‌های دیگر هست. زبانت را انتخاب کن. برای یک مرحله صدای ضبط‌شده نیست؟ آن‌وقت دستگاه بلند می‌خواند.
settings-recorded-none = بدون صدای ضبط‌شده: دستگاه بلند می‌خواند
settings-clear-title = همه‌چیز را پاک کن
settings-clear-text = از کامپیوتر کس دیگری استفاده می‌کنی؟ آخر کار همه‌چیز را پاک کن.
settings-clear-button = همه‌چیز را روی این دستگاه پاک کن
settings-clear-confirm = مطمئنی؟ یک بار دیگر کلیک کن.
settings-clear-done = همه‌چیز پاک شد.
settings-clear-everyone = این کار پیشرفت همه را روی این دستگاه پاک می‌کند.

## کمک
help-title = از کجا کمک بگیرم؟
help-intro = لازم نیست تنها انجامش بدهی. راحت کمک بخواه.
help-loading = یک لحظه…
help-default-library-title = در کتابخانه
help-default-library-text = خیلی از کتابخانه‌ها برای سایت‌های دولتی میز کمک دارند. آن‌ها رایگان کمکت می‌کنند.
help-default-family-title = کسی که به او اعتماد داری
help-default-family-text = از یکی از خانواده، همسایه یا یک داوطلب بپرس. بگذار با آرامش همراهت نگاه کند.
help-default-digid-title = سؤال درباره DigiD واقعی‌ات
help-default-digid-text = به پشتیبانی DigiD زنگ بزن. شماره‌اش در سایت DigiD است.
help-host-title = کمک در همین مکان
help-host-error = کمک این مکان بارگیری نشد. کمک عمومی پایین صفحه است.
help-phone = تلفن
help-address = نشانی
help-hours = ساعت کاری

## درباره
about-title = درباره Oefenplein
about-what = در Oefenplein خدمات دیجیتال درمانی را تمرین می‌کنی. مثلاً ورود با DigiD.
about-fake = همه‌چیز ساختگی است. سایت‌ها، اسم‌ها و کدها واقعاً وجود ندارند.
about-no-data = هرگز اطلاعات واقعی‌ات را وارد نکن. اینجا لازمشان نداری.
about-device = هیچ‌چیز به اینترنت نمی‌رود. همه‌چیز روی همین دستگاه می‌ماند.
about-offline = Oefenplein بعد از اولین بازدید، بدون اینترنت هم کار می‌کند.
about-free = Oefenplein رایگان است. به حساب کاربری نیاز نداری.
about-clear = پیشرفتت فقط روی این دستگاه است. می‌توانی آن را در تنظیمات پاک کنی.

## اطلاعات واقعی (نگهبان)
guard-title = مراقب باش: این شبیه اطلاعات واقعی است
guard-bsn = این شبیه یک شماره خدمات شهروندی واقعی (BSN) است.
guard-iban = این شبیه یک شماره حساب بانکی واقعی (IBAN) است.
guard-email = این شبیه یک نشانی ایمیل واقعی است.
guard-mobile = این شبیه یک شماره تلفن واقعی است.
guard-help = اینجا فقط تمرین می‌کنی. اطلاعات واقعی هیچ‌وقت لازم نیست. ما آن را پاک کردیم. از کارت تمرینت استفاده کن.

## کارت تمرین
card-title = کارت تمرین
card-note = این اطلاعات ساختگی است. برای تمرین از آن استفاده کن.
card-name = نام
card-birth = تاریخ تولد
card-username = نام کاربری
card-password = رمز عبور
card-email = نشانی ایمیل
card-child = فرزند
card-child-birth = تاریخ تولد فرزند
card-show = نشان دادن کارت تمرین
card-hide = پنهان کردن کارت تمرین

## گوشی تمرینی
phone-title = گوشی تو (تمرین)
phone-messages = پیام‌ها
phone-empty = هنوز پیامی نیامده.
phone-new-message = پیام تازه روی گوشی‌ات
phone-open = نشان دادن گوشی
phone-close = کنار گذاشتن گوشی
phone-wait = 10 دقیقه بعد
phone-wait-hint = فرض کن 10 دقیقه گذشته است.
phone-waited = حالا { $minutes } دقیقه گذشته است.
phone-screen = صفحه گوشی تو
phone-wait-5 = 5 دقیقه بعد
phone-wait-5-hint = فرض کن 5 دقیقه گذشته است.
phone-new = تازه
phone-just-now = همین الان
phone-minutes-ago = { $minutes } دقیقه پیش
phone-banner-close = بستن
phone-days-ago = { $days ->
    [one] 1 روز پیش
   *[other] { $days } روز پیش
}
phone-waited-days = { $days ->
    [one] حالا 1 روز گذشته است.
   *[other] حالا { $days } روز گذشته است.
}
card-pin = پین‌کد اپ

## درخواست DigiD: کارت تمرین و صندوق پست
card-bsn = شماره خدمات شهروندی
card-street = خیابان
card-house-number = پلاک
card-postcode = کد پستی
card-town = شهر
card-chosen = این‌ها را خودت انتخاب کردی:
card-chosen-username = نام کاربری
card-chosen-password = رمز عبور
letterbox-title = صندوق پست تو (تمرین)
letterbox-empty = هنوز نامه‌ای نیامده.
letterbox-new-letter = یک نامه در صندوق پستت هست.
letterbox-wait = 3 روز بعد
letterbox-wait-hint = فرض کن 3 روز گذشته است.
letterbox-waited = حالا { $days } روز گذشته است.

## درس
lesson-step-of = مرحله { $step } از { $total }
lesson-where = کجا هستم؟
lesson-read-aloud = بلند بخوان
lesson-stop-reading = خواندن را قطع کن
lesson-show-me = نشانم بده
lesson-hint = نکته
lesson-previous = مرحله قبل
lesson-next = مرحله بعد
lesson-next-locked = اول این مرحله را در صفحه تمرین انجام بده.
lesson-restart = از نو شروع کن
lesson-well-done = آفرین!
lesson-picture = این شکلی است
lesson-done-title = آفرین!
lesson-done-text = درس را تمام کردی. هر چند بار که بخواهی می‌توانی تمرین کنی.
lesson-done-again = یک بار دیگر
lesson-done-other-look = در پورتال دیگری دوباره انجامش بده: { $look }
lesson-done-other-look-why = هر مطب پورتال خودش را دارد. آنجا دکمه‌ها اسم دیگری دارند.
lesson-done-free = تمرین آزاد
lesson-done-next = حالا چه کاری می‌توانی بکنی؟
lesson-done-next-lesson = درس بعدی: { $lesson }
lesson-start = درس را شروع کن
lesson-continue = درس را ادامه بده
lesson-finished-badge = انجام شد
lesson-steps-count = { $count } مرحله
lesson-not-done-title = این درس هنوز تمام نشده
lesson-not-done-text = این درس را هنوز تمام نکرده‌ای. از اول شروع کن یا ادامه بده.
lesson-resume-at = از مرحله { $step } ادامه بده
lesson-examples-notice = چیزهایی که خودت انتخاب کردی نگه داشته نشد. با نمونه‌های کارت تمرینت ادامه می‌دهی.
lesson-examples-ok = فهمیدم
lesson-put-back = در صفحهٔ دیگری بودی. صفحه به آغاز این مرحله برگشت.
card-example = با این‌ها تمرین را ادامه می‌دهی:
free-practice = تمرین آزاد
free-practice-text = همه‌چیز را خودت امتحان کن. اشتباه کردن اشکالی ندارد.
free-practice-title = تمرین آزاد: { $service }
practice-area-label = صفحه تمرین
lesson-step-of-nav = مرحله‌های درس

## پیام‌های جعلی را بشناس
phishing-question = این پیام واقعی است یا جعلی؟
phishing-real = واقعی
phishing-fake = جعلی
phishing-right = درست است!
phishing-wrong = هنوز درست نیست. دوباره امتحان کن.
phishing-why-digid-sms = DigiD هیچ‌وقت با پیامک لینک نمی‌فرستد. این پیام عجله هم دارد.
phishing-why-pharmacy-ready = هیچ لینکی در آن نیست. کسی پول یا اطلاعات نمی‌خواهد.
phishing-why-digid-qr = DigiD هیچ‌وقت با ایمیل کد QR نمی‌فرستد. به نشانی فرستنده هم نگاه کن.
phishing-why-gp-portal = هیچ لینکی در آن نیست. خودت با اپ یا سایت وارد می‌شوی.
phishing-why-pharmacy-pay = داروخانه هیچ‌وقت با لینک پول نمی‌خواهد. با پیامک که اصلاً نمی‌خواهد.
phishing-why-gp-threat = این پیام تهدید می‌کند و عجله دارد. این‌ها نشانه خطرند. اگر شک داری، خودت به مطب زنگ بزن.
phishing-why-digid-activated = هیچ لینکی در آن نیست. خودت می‌توانی به پشتیبانی زنگ بزنی.
phishing-wrong-digid-sms = دوباره نگاه کن. این پیامک لینک دارد و عجله دارد. DigiD هیچ‌وقت با پیامک لینک نمی‌فرستد.
phishing-wrong-pharmacy-ready = دوباره نگاه کن. هیچ لینکی در آن نیست. کسی از تو چیزی نمی‌خواهد.
phishing-wrong-digid-qr = دوباره نگاه کن. DigiD هیچ‌وقت با ایمیل کد QR نمی‌فرستد. به فرستنده هم نگاه کن.
phishing-wrong-gp-portal = دوباره نگاه کن. هیچ لینکی در آن نیست. خودت وارد می‌شوی.
phishing-wrong-pharmacy-pay = دوباره نگاه کن. با یک لینک پول می‌خواهند. داروخانه هیچ‌وقت این کار را نمی‌کند.
phishing-wrong-gp-threat = دوباره نگاه کن. پیام تهدید می‌کند و عجله دارد. این‌ها نشانه خطرند.
phishing-wrong-digid-activated = دوباره نگاه کن. هیچ لینکی در آن نیست. خودت به پشتیبانی زنگ می‌زنی.
phishing-address-question = به نشانی سایت در بالا نگاه کن. درست است؟
phishing-address-right = نشانی سایت درست است
phishing-address-wrong = نشانی سایت درست نیست
phishing-address-spotted = خوب دیدی! نشانی واقعی با digid.nl تمام می‌شود. هرگز اینجا چیزی وارد نکن.
phishing-address-missed = دوباره نگاه کن. نشانی واقعی DigiD با digid.nl تمام می‌شود.
phishing-score = { $right } از { $total } درست
phishing-status-right = درست
phishing-status-wrong = هنوز درست نیست
phishing-fake-qr = تصویر یک کد QR

## بلند خواندن
read-aloud-no-voice = این دستگاه الان صدایی برای بلند خواندن ندارد. لطفاً بعداً دوباره امتحان کن.
read-aloud-dutch-only = این دستگاه صدایی به زبان تو ندارد. فقط کلمه‌های هلندی را می‌شنوی.
read-aloud-message = این پیام را بلند بخوان
read-aloud-pace = Oefenplein با چه سرعتی بلند بخواند؟
read-aloud-pace-normal = معمولی
read-aloud-pace-slow = آهسته
gp-wait-days = 1 روز بعد
gp-wait-days-hint = فرض کن یک روز گذشته است. این‌طوری جواب زودتر می‌رسد.
gp-idle-button = 15 دقیقه هیچ کاری نکن
gp-idle-button-hint = فرض کن 15 دقیقه در سایت هیچ کاری نمی‌کنی.

## کنار مشاوره تصویری

video-wait-minute = 1 دقیقه بعد
video-wait-minute-hint = فرض کن یک دقیقه گذشته است.
video-own-title = دوربین خودت را امتحان کن
video-own-text = لازم نیست. فقط خودت را اینجا می‌بینی. هیچ‌چیز ضبط، ذخیره یا فرستاده نمی‌شود.
video-own-view = دوربین خودت
video-own-start = دوربینم را روشن کن
video-own-stop = دوربینم را خاموش کن
video-own-refused = مرورگر اجازه ندارد از دوربینت استفاده کند. اشکالی ندارد. بدون دوربین هم می‌توانی تمرین کنی.
video-own-none = هیچ دوربینی پیدا نشد. اشکالی ندارد. بدون دوربین هم می‌توانی تمرین کنی.

## تمرین داروخانه: کنار اپ، به زبان یادگیرنده.
pharmacy-to-pharmacy = برو به داروخانه
pharmacy-to-phone = برگرد به گوشی‌ات
pharmacy-wait-day = 1 روز بعد
pharmacy-wait-day-hint = فرض کن یک روز گذشته است.
pharmacy-wait-week = 1 هفته بعد
pharmacy-wait-week-hint = فرض کن یک هفته گذشته است.
hospital-to-hospital = برو به بیمارستان
hospital-to-home = برگرد به خانه
hospital-wait-day = 1 روز بعد
hospital-wait-day-hint = فرض کن فرداست: روز نوبتت.
hospital-visit-day = امروز روز نوبت توست.

journey-title = مسیر تو در خدمات درمانی
journey-text = اول پزشک خانواده. بعد داروخانه. گاهی بعد از آن بیمارستان.
journey-step = مرحله { $n }
journey-done = انجام شد

## پیشرفت من
progress-title = پیشرفت من
progress-intro = اینجا می‌بینی چه چیزهایی را تمرین کرده‌ای.
progress-counts = برنز: {$bronze} · نقره: {$silver} · طلا: {$gold}
progress-rules-title = چطور مدال می‌گیری
progress-rule-bronze = درس را انجام دادی.
progress-rule-silver = درس را بدون «نکته» و بدون «نشانم بده» انجام دادی.
progress-rule-gold = بعد خودت تنهایی انجامش دادی. در «تمرین آزاد» یا در پورتالی دیگر.
progress-rules-note = مدال امتحان نیست. هر چند بار که بخواهی می‌توانی همه‌چیز را تمرین کنی.
progress-lessons-title = درس‌های تو
progress-lesson-started = شروع شده: مرحله { $step } از { $total }
progress-lesson-todo = هنوز انجام نشده
progress-save-title = پیشرفتت را ذخیره کن
progress-save-text = روی کامپیوتر کتابخانه تمرین می‌کنی؟ وقتی بروی، همه‌چیز را فراموش می‌کند.
progress-save-text-2 = این کد را یادداشت کن. یا از آن عکس بگیر.
progress-code-label = کد تو
progress-copy = کد را کپی کن
progress-copied = کد را کپی کردی.
progress-qr-label = کد QR با پیشرفت تو
progress-qr-text = یا کد QR را با گوشی‌ات اسکن کن. این‌طوری پیشرفتت همراهت می‌آید.
progress-save-privacy = این کد فقط درس‌ها و مدال‌هایت را دارد. اسمت هرگز در آن نیست. چیزهایی که تایپ کردی هم هرگز نیست.
progress-restore-title = پیشرفتت را برگردان
progress-restore-text = کد داری؟ اینجا تایپش کن. کارهایی که اینجا کرده‌ای هم می‌مانند.
progress-restore-from-link = کد داخل کد QR آماده است. روی «برگردان» کلیک کن.
progress-restore-button = برگردان
progress-restore-done = انجام شد! پیشرفتت برگشت.
progress-error-empty = اول کدت را تایپ کن.
progress-error-char = نشانه «{ $char }» در کد نمی‌آید. دوباره با دقت نگاه کن.
progress-error-short = این کد خیلی کوتاه است. یک تکه‌اش کم است.
progress-error-typo = این کد درست نیست. شاید یک حرف یا عدد فرق دارد. دوباره با دقت نگاه کن.
progress-error-newer = این کد از نسخه جدیدتر Oefenplein است. این کامپیوتر هنوز نمی‌تواند آن را بخواند.
progress-error-help = درست نمی‌شود؟ از یک کارمند یا یک داوطلب کمک بخواه.
progress-certificate-text = یک گواهی با مدال‌هایت چاپ کن.
progress-certificate-link = برو به گواهی

## چه کسی تمرین می‌کند؟ چند نفر روی یک دستگاه، هر کدام با نشان خودش (بدون اسم)
learners-title = چه کسی تمرین می‌کند؟
learners-intro = چند نفر روی این دستگاه تمرین می‌کنند؟ پس هر نفر نشان خودش را انتخاب کند.
learners-intro-2 = این‌طوری هر کس پیشرفت خودش را دارد. اسم لازم نیست.
learners-pick-title = نشانت را انتخاب کن
learners-you = این الان تو هستی.
learners-new-title = تازه آمده‌ای؟ یک نشان انتخاب کن
learners-symbol = تصویر
learners-colour = رنگ
learners-preview = نشان تو این شکلی است:
learners-join = این نشان من است
learners-keeps = هر چه الان روی این دستگاه است، نشان تو را می‌گیرد.
learners-now = انجام شد! حالا با این نشان تمرین می‌کنی: { $sign }.
learners-taken = این نشان مال کس دیگری است. تصویر یا رنگ دیگری انتخاب کن.
learners-full = دیگر جا برای نشان تازه نیست. از مربی کمک بخواه.
learners-unknown = این نشان دیگر نیست. شاید همین الان پاک شده است.
learners-unsigned = روی این دستگاه پیشرفتی بدون نشان هست. اول برای آن یک نشان تازه انتخاب کن.
learners-stop-title = تمرینت تمام شد؟
learners-stop-text = پس نشانت و پیشرفتت را پاک کن. بقیه پیشرفتشان را نگه می‌دارند.
learners-stop-button = تمام کن و پیشرفتم را پاک کن
learners-stop-confirm = مطمئنی؟ یک بار دیگر کلیک کن.
learners-stop-done = پیشرفتت پاک شد. نفر بعدی می‌تواند یک نشان انتخاب کند.
learners-help = درست نمی‌شود؟ از مربی کمک بخواه.
learners-back = برو به پیشرفت من
learners-link-title = چند نفر روی یک دستگاه؟
learners-link-text = هر نفر نشان خودش را انتخاب کند. این‌طوری هر کس پیشرفت خودش را دارد.
learners-link = نشانت را انتخاب کن
learners-sign = { $symbol }، { $colour }
learner-symbol-sun = خورشید
learner-symbol-star = ستاره
learner-symbol-tree = درخت
learner-symbol-flower = گل
learner-symbol-fish = ماهی
learner-symbol-bird = پرنده
learner-symbol-heart = قلب
learner-symbol-moon = ماه
learner-colour-blue = آبی
learner-colour-green = سبز
learner-colour-orange = نارنجی
learner-colour-purple = بنفش
learner-colour-red = قرمز
learner-colour-grey = خاکستری

## مدال‌ها بعد از درس
medal-earned-bronze = برای این درس برنز گرفتی!
medal-earned-silver = برای این درس نقره گرفتی!
medal-earned-gold = برای این درس طلا گرفتی!
medal-next-bronze = درس را دوباره بدون «نکته» و «نشانم بده» انجام بده. آن‌وقت نقره می‌گیری.
medal-next-silver = حالا خودت در «تمرین آزاد» انجامش بده. آن‌وقت طلا می‌گیری.
medal-next-silver-look = حالا خودت در «تمرین آزاد» یا پورتال دیگر انجامش بده. آن‌وقت طلا می‌گیری.
medal-next-gold = آفرین! در «پیشرفت من» ببین چه کارهایی بلدی.

## گواهی
certificate-title = گواهی
certificate-intro = این گواهی را چاپ کن. می‌توانی اسمت را بنویسی، ولی لازم نیست.
certificate-name-label = اسم کوچک تو (فقط برای روی کاغذ)
certificate-name-hint = Oefenplein اسمت را نگه نمی‌دارد.
certificate-print = گواهی را چاپ کن
certificate-by = { $name } با Oefenplein تمرین کرده است.
certificate-by-nobody = با Oefenplein تمرین شده است.
certificate-list = درس‌های تمرین‌شده:
certificate-date = تاریخ: { $date }
certificate-footer = Oefenplein — تمرین بدون اطلاعات واقعی
certificate-empty = هنوز هیچ درسی انجام نداده‌ای. اول یک درس انجام بده. بعد می‌توانی گواهی چاپ کنی.
certificate-back = برگشت به پیشرفت من

## خودآزمایی
selfcheck-title = خودآزمایی: از کجا شروع کنی؟
selfcheck-link = نمی‌دانی از کجا شروع کنی؟ خودآزمایی را انجام بده.
selfcheck-intro = پنج سؤال کوتاه. بعد می‌دانی با کدام درس شروع کنی.
selfcheck-intro-2 = این امتحان نیست. جواب غلط وجود ندارد. ما فقط نقطه شروعت را نگه می‌داریم.
selfcheck-start = خودآزمایی را شروع کن
selfcheck-skip = رد شو
selfcheck-next = بعدی
selfcheck-previous = قبلی
selfcheck-count = سؤال { $n } از 5
selfcheck-choose-one = یک جواب انتخاب کن. مطمئن نیستی؟ جوابی را که بهتر می‌خورد انتخاب کن.
selfcheck-device = گوشی، تبلت یا کامپیوتر با اینترنت داری؟
selfcheck-device-yes = بله
selfcheck-device-no = نه
selfcheck-not-sure = نمی‌دانم
selfcheck-health = گاهی در اینترنت درباره سلامتی‌ات چیزی جستجو می‌کنی؟
selfcheck-health-often = بله، زیاد
selfcheck-health-sometimes = گاهی
selfcheck-health-never = هرگز
selfcheck-forms = چقدر خوب می‌توانی فرم‌های اینترنتی را پر کنی؟
selfcheck-forms-easy = خوب، بلدم
selfcheck-forms-help = با کمی کمک می‌توانم
selfcheck-forms-hard = برایم سخت است
selfcheck-forms-never = هیچ‌وقت این کار را نکرده‌ام
selfcheck-tap = دکمه «اینجا» را بزن.
selfcheck-tap-button = اینجا
selfcheck-tap-missed = کمی کنارش زدی. دوباره امتحان کن.
selfcheck-tap-first = اول دکمه «اینجا» را بزن.
selfcheck-type = این کلمه را تایپ کن: { $word }
selfcheck-type-label = کلمه تو
selfcheck-type-wrong = این هنوز آن کلمه نیست. با دقت نگاه کن و دوباره امتحان کن.
selfcheck-result-title = نقطه شروع تو
selfcheck-level-beginner = تازه‌کار
selfcheck-level-familiar = کمی تجربه
selfcheck-level-experienced = باتجربه
selfcheck-level-beginner-text = با اصول اولیه شروع کن: دکمه‌ها، تایپ و اسکرول.
selfcheck-level-familiar-text = با ورود با DigiD شروع کن. تقریباً همه‌جا لازمش داری.
selfcheck-level-experienced-text = با پورتال پزشک خانواده شروع کن.
selfcheck-no-exam = این یک پیشنهاد است. هر درسی را می‌توانی انتخاب کنی.
selfcheck-first-lesson = شروع کن با: { $lesson }
selfcheck-choose-myself = خودم انتخاب می‌کنم
selfcheck-again = خودآزمایی را دوباره انجام بده
selfcheck-help = ترجیح می‌دهی با کسی تمرین کنی؟ در کتابخانه کمک بخواه.
progress-level = نقطه شروع تو: { $level }

## کلمه‌های روی صفحه
words-title = کلمه‌های روی صفحه
words-intro = این کلمه‌ها را زیاد در سایت‌ها و اپ‌ها می‌بینی. روی یک کلمه بزن. بعد معنی‌اش را می‌بینی.
words-group-screen = روی هر صفحه
words-group-login = ورود
words-group-care = در خدمات درمانی
words-say = کلمه را بگو
words-read = بلند بخوان
words-picture = در درس «{$lesson}» این شکلی است.
words-practise = در درس تمرینش کن
words-all = همه کلمه‌ها
words-ask = کلمه‌ای را نمی‌فهمی؟ از کسی که به او اعتماد داری بپرس.
words-in-step = کلمه‌های این مرحله
word-knop-about = «knop» یعنی دکمه. وقتی آن را بزنی، کاری انجام می‌دهد. در گوشی با انگشت رویش می‌زنی. با ماوس رویش کلیک می‌کنی.
word-vakje-about = «vakje» یعنی کادر. در آن چیزی تایپ می‌کنی، مثلاً اسمت. به آن «invulveld» هم می‌گویند: جای پر کردن.
word-link-about = «link» یعنی لینک. لینک تو را به صفحه دیگری می‌برد. لینک اغلب آبی است و زیرش خط دارد.
word-vinkje-about = «vinkje» یعنی تیک. با تیک می‌گویی بله. روی کادر بزن. بعد یک تیک در آن می‌آید.
word-pop-up-about = «pop-up» یعنی پنجره‌ای روی صفحه. آن را با ضربدر کوچک می‌بندی.
word-scrollen-about = «scrollen» یعنی اسکرول کردن: صفحه را بالا یا پایین ببری. این‌طوری بقیه صفحه را می‌بینی.
word-app-about = «app» یعنی اپ: برنامه‌ای روی گوشی‌ات. با زدن روی تصویرش بازش می‌کنی.
word-installeren-about = «installeren» یعنی نصب کردن: گذاشتن اپ روی گوشی. این کار را در فروشگاه اپ می‌کنی.
word-digid-about = با «DigiD» در اینترنت نشان می‌دهی که چه کسی هستی. DigiD مال دولت است.
word-inloggen-about = «inloggen» یعنی وارد شدن: رفتن به داخل یک سایت یا اپ. نشان می‌دهی که چه کسی هستی.
word-gebruikersnaam-about = «gebruikersnaam» یعنی نام کاربری تو. با این اسم وارد می‌شوی. خودت آن را انتخاب می‌کنی.
word-wachtwoord-about = «wachtwoord» یعنی رمز عبور: یک کلمه مخفی. فقط خودت آن را می‌دانی. هرگز به کسی نگو.
word-sms-code-about = «sms-code» کدی است که با پیامک به گوشی‌ات می‌آید. آن را تایپ می‌کنی. این‌طوری سایت می‌فهمد که خودت هستی.
word-activeringscode-about = «activeringscode» یعنی کد فعال‌سازی. با نامه می‌آید. یک بار تایپش می‌کنی. بعد DigiD تو کار می‌کند.
word-koppelcode-about = «koppelcode» یعنی کد اتصال. اپ را به کامپیوتر وصل می‌کند. این کد فقط مدت کوتاهی کار می‌کند.
word-qr-code-about = «QR-code» یعنی کد QR: مربعی با خانه‌های کوچک. با دوربین گوشی‌ات اسکنش می‌کنی.
word-pincode-about = «pincode» یعنی پین‌کد: یک عدد مخفی. خودت آن را انتخاب می‌کنی. هرگز به کسی نگو.
word-uitloggen-about = «uitloggen» یعنی خارج شدن: بیرون رفتن از سایت یا اپ. وقتی کارت تمام شد، همیشه این کار را بکن.
word-portaal-about = «portaal» یعنی پورتال: یک سایت امن. مثلاً پزشک خانواده‌ات یک پورتال دارد. با DigiD وارد آن می‌شوی.
word-afspraak-about = «afspraak» یعنی نوبت. یک وقت پیش پزشک انتخاب می‌کنی. اغلب می‌توانی این کار را آنلاین بکنی.
word-herhaalrecept-about = «herhaalrecept» یعنی نسخه تکراری. با آن دوباره یک دارو می‌خواهی. دارویی که از قبل مصرف می‌کنی.
word-e-consult-about = «e-consult» یعنی سؤالی از پزشک خانواده از راه اینترنت. جواب را در پورتال می‌خوانی.
word-uitslag-about = «uitslag» یعنی جواب آزمایش. می‌گوید آزمایش چه نتیجه‌ای داشته. مثلاً آزمایش خون.
word-vragenlijst-about = «vragenlijst» یعنی پرسشنامه: فهرستی از سؤال‌ها. قبل از نوبتت آن را پر می‌کنی.
word-inchecken-about = «inchecken» یعنی اعلام حضور: گفتن اینکه رسیده‌ای. مثلاً در بیمارستان.
word-verwijzing-about = «verwijzing» یعنی ارجاع. با آن، پزشک خانواده تو را پیش متخصص می‌فرستد. مثلاً در بیمارستان.
word-wachtkamer-about = «wachtkamer» یعنی اتاق انتظار. در اتاق انتظار آنلاین منتظر پزشک می‌مانی. در صفحه بمان.

## برای مربی‌ها: کارت‌های مرحله
trainers-title = برای مربی‌ها
trainers-text = هر مرحله یک کد دارد، مثل D2-3. این‌طوری از دور می‌بینی هر کس کجاست. برای درس گروهی، کارت‌های مرحله را چاپ کن.
trainers-cards = کارت‌های مرحله: {$lesson}
cards-page-title = کارت‌های مرحله
cards-title = کارت‌های مرحله: {$lesson}
cards-intro = برای هر مرحله یک کارت: کد، تصویر و متن. اگر کمک می‌کند، یک زبان دوم انتخاب کن.
cards-back = برگشت به تمرین
cards-second-language = زبان دوم روی کارت‌ها
cards-none = هیچ‌کدام
cards-print = چاپ
cards-rule = هرگز با اطلاعات واقعی DigiD یا سلامت تمرین نکن. از کارت تمرین استفاده کن.
trainers-present = ارائه: {$lesson}

## ارائه: صفحه‌نمایش برای گروه و کنترل‌ها
present-title = ارائه
present-text = این صفحه‌نمایش برای گروه است. آن را از یک پنجره دوم کنترل کن.
present-open-controls = کنترل‌ها را باز کن
present-stop = ارائه را تمام کن
controls-page-title = کنترل‌ها
controls-intro = کنترل‌ها برای مربی. گروه به صفحه‌نمایش نگاه می‌کند.
controls-title = کنترل‌ها: {$lesson}
controls-no-screen = صفحه‌نمایش هنوز پیدا نشده. با دکمه پایین آن را باز کن.
controls-at = صفحه‌نمایش در {$step} است.
controls-at-end = صفحه‌نمایش در پایان درس است.
controls-elsewhere = صفحه‌نمایش درس دیگری را نشان می‌دهد: {$lesson}.
controls-previous = مرحله قبل
controls-next = مرحله بعد
controls-restart = از نو شروع کن
controls-open-screen = صفحه‌نمایش را باز کن
controls-steps = همه مرحله‌ها
controls-note = برای تو به‌عنوان مربی
controls-note-step = اول مرحله را خودت نشان بده. بعد بگذار همه خودشان انجامش بدهند.
controls-note-mistake = اینجا عمداً اشتباهی پیش می‌آید. بگذار گروه اول خودش پیدا کند چه اشتباهی شد.
controls-faults = یک اشتباه نشان بده
controls-faults-intro = بگذار تلاش بعدی عمداً خراب شود. این‌طوری گروه درست کردنش را تمرین می‌کند.
controls-fault-armed = آماده است. تلاش بعدی روی صفحه‌نمایش خراب می‌شود.
fault-wrong-code = کد پیامکی غلط است
fault-expired-code = وقت کد پیامکی تمام شده است
fault-blocked-pin = اپ مسدود می‌شود
fault-slot-taken = این ساعت قبلاً پر شده است
fault-camera-blocked = دوربین مسدود می‌شود
trainers-plan = طرح درس: {$lesson}
plan-page-title = طرح درس
plan-title = طرح درس: {$lesson}
plan-goal = گروه چه یاد می‌گیرد
plan-duration-title = چقدر طول می‌کشد
plan-duration = حدود {$minutes} دقیقه، برای {$steps} مرحله.
plan-prepare = آماده کن
plan-prepare-device = برای هر نفر یک کامپیوتر، تبلت یا گوشی با Oefenplein.
plan-prepare-card = کارت تمرین. کنار صفحه تمرین است. اگر کمک می‌کند، آن را چاپ کن.
plan-prepare-screen = یک صفحه‌نمایش بزرگ یا پروژکتور. درس را آنجا با دکمه ارائه باز کن.
plan-stuck = اینجا آدم‌ها اغلب گیر می‌کنند
plan-mistake = اشتباه عمدی
plan-phrases = جمله‌هایی که کمک می‌کنند
plan-phrase-look = اول خوب نگاه کن. بعد کلیک کن.
plan-phrase-read = پیام را بلند بخوان.
plan-phrase-safe = اشتباه کردن اشکالی ندارد. اینجا چیزی خراب نمی‌شود.
plan-phrase-find = کلمه‌ای را که در مرحله آمده، روی صفحه پیدا کن.
trainers-card-sheet = کارت‌های تمرین را چاپ کن (شش تا روی یک برگه)
card-sheet-title = کارت‌های تمرین برای چاپ
card-sheet-intro = شش کارت روی یک برگه. آن‌ها را ببُر و به هر نفر یکی بده. این‌طوری هیچ‌کس اطلاعات خودش را تایپ نمی‌کند.

## کیوسک: کامپیوترهای عمومی (فایل kiosk.json این مکان)
kiosk-label = این کامپیوتر
kiosk-at = تو در {$library} تمرین می‌کنی.
kiosk-rule = اگر {$minutes} دقیقه کاری نکنی، همه‌چیز را پاک می‌کنیم. بعد نفر بعدی می‌تواند شروع کند.
kiosk-question = هنوز اینجا هستی؟
kiosk-seconds-left = {$seconds} ثانیه دیگر همه‌چیز را پاک می‌کنیم. بعد نفر بعدی می‌تواند شروع کند.
kiosk-still-here = بله، هنوز اینجا هستم
kiosk-note-title = برای مدیر این کامپیوتر
kiosk-note-not-json = فایل kiosk.json یک JSON معتبر نیست. برای همین کیوسک خاموش است.
kiosk-note-bad-value = در kiosk.json مقدار «{$field}» درست نیست. برای همین الان مقدار پیش‌فرض به کار می‌رود.

## بدون JavaScript (در index.html هم هست؛ یک تست آن را بررسی می‌کند)
noscript-text = Oefenplein فقط وقتی کار می‌کند که JavaScript روشن باشد.
