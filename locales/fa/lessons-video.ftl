# درس‌ها: مشاوره تصویری با پزشک خانواده («Oefenbeeld»). برچسب‌های داخل گیومه
# کلمه‌های هلندی صفحه تمرین‌اند؛ { $… } کلمه‌های ظاهر برنامه هستند
# (کامپیوتر یا گوشی).

lesson-video-test-title = تماس تصویری: تست را انجام بده
lesson-video-test-intro = دوربین، میکروفون و صدا را تست می‌کنی. بعد می‌دانی که همه‌چیز کار می‌کند.
lesson-video-test-done = تست تمام شد. دوربین، میکروفون و صدای تو کار می‌کنند.
lesson-video-test-open = از پزشک خانواده ایمیل گرفتی. روی «Doe eerst de test» کلیک کن.
lesson-video-test-allow = مرورگر از تو چیزی می‌پرسد. روی «Toestaan» کلیک کن.
lesson-video-test-allow-hint = آن‌وقت سایت می‌تواند از دوربین و میکروفونت استفاده کند. فقط در طول تماس.
lesson-video-test-mistake = عمداً «{ $camera-other }» را انتخاب کن.
lesson-video-test-mistake-hint = خودت را نمی‌بینی. پیام قرمز را بخوان.
lesson-video-test-camera = «{ $camera-builtin }» را انتخاب کن. حالا خودت را می‌بینی.
lesson-video-test-mic = روی «Zeg iets» کلیک کن. وقتی حرف می‌زنی، نوار تکان می‌خورد.
lesson-video-test-mic-hint = اینجا فرض می‌کنیم که حرف می‌زنی. کسی صدایت را نمی‌شنود.
lesson-video-test-tone = روی «Speel geluid af» کلیک کن. یک صدای بوق می‌شنوی.
lesson-video-test-tone-hint = چیزی نمی‌شنوی؟ صدا را بلندتر کن.
lesson-video-test-heard = صدای بوق را شنیدی؟ روی «Ik hoor het» کلیک کن.
lesson-video-test-finish = روی «Klaar met de test» کلیک کن.

lesson-video-permission-title = به دوربین و میکروفون اجازه بده
lesson-video-permission-intro = اشتباهی روی مسدود کردن کلیک می‌کنی. بعد دوباره درستش می‌کنی.
lesson-video-permission-done = دوربین و میکروفون دوباره کار می‌کنند. حالا خودت می‌توانی این را درست کنی.
lesson-video-permission-open = در ایمیل، روی «Doe eerst de test» کلیک کن.
lesson-video-permission-block = عمداً روی «{ $block }» کلیک کن.
lesson-video-permission-block-hint = این اغلب اشتباهی پیش می‌آید. می‌توانی درستش کنی.
lesson-video-permission-fix = پیام قرمز را بخوان. کاری را که می‌گوید انجام بده.
lesson-video-permission-fix-hint = در کامپیوتر، روی قفل کلیک کن. در گوشی، تنظیمات (Instellingen) را باز کن.
lesson-video-permission-camera = کلید کنار «Camera» را روشن کن.
lesson-video-permission-mic = کلید کنار «Microfoon» را روشن کن.
lesson-video-permission-reload = روی «{ $fix-done }» کلیک کن.
lesson-video-permission-check = روی «Zeg iets» کلیک کن. میکروفون دوباره کار می‌کند.

lesson-video-call-title = تماس تصویری با پزشک
lesson-video-call-intro = به اتاق انتظار می‌روی. بعد با پزشک حرف می‌زنی.
lesson-video-call-done = با پزشک تماس تصویری گرفتی. می‌دانی اگر مشکلی پیش آمد، چه کنی.
lesson-video-call-open = ساعت نزدیک 10:30 است. در ایمیل، روی «Klik hier om het gesprek te openen» کلیک کن.
lesson-video-call-name = اسمت را در «Je naam» تایپ کن. به کارت تمرین نگاه کن.
lesson-video-call-name-hint = پزشک این اسم را می‌بیند. اسم روی کارت تمرین را بنویس.
lesson-video-call-join = روی «Deelnemen» کلیک کن.
lesson-video-call-wait = در اتاق انتظار هستی. روی «1 دقیقه بعد» کلیک کن تا پزشک بیاید.
lesson-video-call-wait-hint = انتظار واقعی بیشتر طول می‌کشد. آن موقع در صفحه بمان.
lesson-video-call-mistake = پزشک چیزی می‌پرسد. روی «Ja, ik hoor u goed.» کلیک کن.
lesson-video-call-mistake-hint = پزشک صدایت را نمی‌شنود. بخوان چه نوشته است.
lesson-video-call-unmute = روی «Zet microfoon aan» کلیک کن.
lesson-video-call-hear = یک بار دیگر بگو: «Ja, ik hoor u goed.»
lesson-video-call-identity = پزشک اسم و تاریخ تولدت را می‌پرسد. جواب درست را انتخاب کن.
lesson-video-call-identity-hint = به کارت تمرین نگاه کن. اسم و تاریخ تولدت را بگو.
lesson-video-call-alone = پزشک می‌پرسد می‌توانی راحت حرف بزنی یا نه. جواب را انتخاب کن.
lesson-video-call-alone-hint = کسی پیش توست؟ می‌توانی این را بگویی.
lesson-video-call-chat = پزشک در چت چیزی می‌نویسد. آن را بخوان. یک پیام کوتاه جواب بده.
lesson-video-call-send = روی «Verstuur» کلیک کن.
lesson-video-call-oops = عمداً روی «Ophangen» کلیک کن. این‌طوری برگشتن را تمرین می‌کنی.
lesson-video-call-oops-hint = اشتباهی قطع کردی؟ مشکلی نیست. می‌توانی برگردی.
lesson-video-call-mail = روی «Open de uitnodiging» کلیک کن.
lesson-video-call-back = دوباره روی «Klik hier om het gesprek te openen» کلیک کن.
lesson-video-call-thanks = کار پزشک تمام شد. بگو: «Dank u wel. Dag dokter.»
lesson-video-call-end = روی «Ophangen» کلیک کن. تماس تمام شد.
