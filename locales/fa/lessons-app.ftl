# متن درس‌های اپ DigiD.
# کلیدها: lesson-<lesson>-<step> و lesson-<lesson>-<step>-hint.
# دکمه‌ها و کادرهای سرویس تمرینی اسم هلندی خود را نگه می‌دارند.

## درس: اپ DigiD را فعال کن
lesson-digid-app-activate-title = اپ DigiD را فعال کن
lesson-digid-app-activate-intro = اپ DigiD را روی گوشی‌ات نصب می‌کنی. بعد یک پین‌کد انتخاب می‌کنی.
lesson-digid-app-activate-done = اپ DigiD تو آماده است. حالا می‌توانی با آن وارد شوی.
lesson-digid-app-activate-store = «Oefenwinkel» را روی گوشی‌ات باز کن.
lesson-digid-app-activate-store-hint = روی گوشی، آیکون سبز را بزن.
lesson-digid-app-activate-install = روی «Installeren» بزن. این‌طوری اپ روی گوشی‌ات نصب می‌شود.
lesson-digid-app-activate-open = حالا اپ را داری. روی «Openen» بزن.
lesson-digid-app-activate-start = روی «Activeren» بزن. این کار را فقط یک بار می‌کنی.
lesson-digid-app-activate-login = نام کاربری و رمز عبورت را تایپ کن. بعد روی «Inloggen» بزن.
lesson-digid-app-activate-login-hint = روی کارت تمرینت هستند، کنار گوشی.
lesson-digid-app-activate-method = «Met een sms-code» را انتخاب کن.
lesson-digid-app-activate-method-hint = نامه 3 روز طول می‌کشد. پیامک فوراً می‌آید.
lesson-digid-app-activate-code = یک پیامک می‌گیری. کد را تایپ کن. روی «Verder» بزن.
lesson-digid-app-activate-code-hint = پیامک بالای گوشی است. کد 6 رقم دارد.
lesson-digid-app-activate-pin = یک پین‌کد 5 رقمی انتخاب کن.
lesson-digid-app-activate-pin-hint = از پین‌کد کارت تمرینت استفاده کن: 24680.
lesson-digid-app-activate-mistake = اپ دوباره پین‌کد را می‌خواهد. حالا عمداً رقم‌های دیگری تایپ کن.
lesson-digid-app-activate-mistake-hint = مثلاً 97531 را تایپ کن. اینجا اشتباه کردن اشکالی ندارد.
lesson-digid-app-activate-again = پیام قرمز را بخوان. دوباره پین‌کد را انتخاب کن.
lesson-digid-app-activate-confirm = همان پین‌کد را یک بار دیگر تایپ کن.
lesson-digid-app-activate-ready = آفرین! روی «Naar de app» بزن.

## درس: ورود با اپ DigiD و کد QR
lesson-digid-app-qr-title = ورود با اپ و کد QR
lesson-digid-app-qr-intro = روی یک کامپیوتر وارد می‌شوی. از اپ DigiD روی گوشی‌ات استفاده می‌کنی.
lesson-digid-app-qr-done = روی کامپیوتر وارد شدی. با گوشی و پین‌کدت.
lesson-digid-app-qr-web = به کامپیوتر نگاه کن. روی «Met de DigiD app» کلیک کن.
lesson-digid-app-qr-open = حالا koppelcode (کد اتصال) را می‌بینی. اپ DigiD را روی گوشی‌ات باز کن.
lesson-digid-app-qr-open-hint = آیکون آبی با حرف D را بزن.
lesson-digid-app-qr-start = روی «Inloggen op een computer» بزن.
lesson-digid-app-qr-wait = گاهی خیلی طول می‌کشد. کنار گوشی، روی «5 دقیقه بعد» کلیک کن.
lesson-digid-app-qr-wait-hint = بعد به کامپیوتر نگاه کن. وقت koppelcode تمام شده است.
lesson-digid-app-qr-new = وقت koppelcode تمام شده است. روی کامپیوتر، روی «Nieuwe koppelcode» کلیک کن.
lesson-digid-app-qr-code = در اپ، koppelcode تازه را تایپ کن. روی «Verder» بزن.
lesson-digid-app-qr-code-hint = koppelcode را روی کامپیوتر می‌بینی. 4 حرف دارد.
lesson-digid-app-qr-scan = کامپیوتر یک کد QR نشان می‌دهد. روی «Scan de QR-code» بزن.
lesson-digid-app-qr-scan-hint = در واقعیت، دوربین را جلوی کد می‌گیری.
lesson-digid-app-qr-confirm = می‌خواهی وارد شوی؟ روی «Ja, inloggen» بزن.
lesson-digid-app-qr-pin = پین‌کدت را تایپ کن. بعد وارد شده‌ای.
lesson-digid-app-qr-pin-hint = پین‌کد روی کارت تمرینت است.

## درس: ورود با اپ DigiD روی همان گوشی
lesson-digid-app-phone-title = ورود با اپ روی گوشی‌ات
lesson-digid-app-phone-intro = روی خود گوشی وارد می‌شوی. به کامپیوتر نیاز نداری.
lesson-digid-app-phone-done = روی گوشی‌ات وارد شدی. اپ کار را انجام داد.
lesson-digid-app-phone-browser = روی «Internet» بزن. این‌طوری سایت باز می‌شود.
lesson-digid-app-phone-web = روی «Met de DigiD app» بزن.
lesson-digid-app-phone-confirm = اپ DigiD خودش باز می‌شود. روی «Ja, inloggen» بزن.
lesson-digid-app-phone-mistake = حالا عمداً یک پین‌کد غلط تایپ کن.
lesson-digid-app-phone-mistake-hint = مثلاً 97531 را تایپ کن. 5 بار می‌توانی امتحان کنی.
lesson-digid-app-phone-pin = پیام را بخوان. حالا پین‌کد درست را تایپ کن.
lesson-digid-app-phone-pin-hint = پین‌کد روی کارت تمرینت است.
lesson-digid-app-phone-back = آفرین! روی «Terug naar Mijn Oefenzorg» بزن.

## درس: پین‌کد فراموش‌شده
lesson-digid-pin-forgot-title = پین‌کد فراموش‌شده
lesson-digid-pin-forgot-intro = پین‌کدت دیگر یادت نیست. اپ را دوباره فعال می‌کنی.
lesson-digid-pin-forgot-done = یک پین‌کد تازه داری. اپ تو دوباره کار می‌کند.
lesson-digid-pin-forgot-open = اپ DigiD را روی گوشی‌ات باز کن.
lesson-digid-pin-forgot-forgot = پین‌کدت دیگر یادت نیست. روی «Pincode vergeten?» بزن.
lesson-digid-pin-forgot-reactivate = متن را بخوان. روی «Opnieuw activeren» بزن.
lesson-digid-pin-forgot-reactivate-hint = هیچ‌کس نمی‌تواند پین‌کدت را پیدا کند. حتی پشتیبانی هم نمی‌تواند.
lesson-digid-pin-forgot-login = نام کاربری و رمز عبورت را تایپ کن. بعد روی «Inloggen» بزن.
lesson-digid-pin-forgot-login-hint = روی کارت تمرینت هستند.
lesson-digid-pin-forgot-method = حالا «Met uw identiteitskaart» را انتخاب کن.
lesson-digid-pin-forgot-hold = روی «Houd de ID-kaart tegen de telefoon» بزن.
lesson-digid-pin-forgot-hold-hint = در واقعیت، کارت را به پشت گوشی‌ات می‌چسبانی.
lesson-digid-pin-forgot-easy = یک پین‌کد انتخاب کن. اول عمداً 12345 را تایپ کن.
lesson-digid-pin-forgot-easy-hint = این‌طوری می‌بینی اپ درباره یک کد آسان چه می‌گوید.
lesson-digid-pin-forgot-pin = حالا یک پین‌کد بهتر انتخاب کن.
lesson-digid-pin-forgot-pin-hint = مثلاً 86420. پین‌کد تازه‌ات را خوب به خاطر بسپار.
lesson-digid-pin-forgot-confirm = همان پین‌کد را یک بار دیگر تایپ کن.
