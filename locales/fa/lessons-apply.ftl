# درس: درخواست DigiD. کلیدها: lesson-digid-apply-<step> و lesson-digid-apply-<step>-hint.
# دکمه‌ها و کادرهای سرویس تمرینی اسم هلندی خود را نگه می‌دارند.

lesson-digid-apply-title = درخواست DigiD
lesson-digid-apply-intro = برای DigiD درخواست می‌دهی. بعد یک نامه با یک کد می‌آید.
lesson-digid-apply-done = DigiD تو فعال است! یک اشتباه را هم درست کردی.
lesson-digid-apply-start = روی دکمه «Aanvragen» کلیک کن.
lesson-digid-apply-bsn = شماره خدمات شهروندی‌ات را تایپ کن. روی کارت تمرینت است.
lesson-digid-apply-bsn-hint = این شماره 9 رقم دارد: 123456780.
lesson-digid-apply-address = کد پستی و پلاک خانه‌ات را تایپ کن. روی کارت تمرینت هستند.
lesson-digid-apply-address-hint = حروف کوچک و فاصله اشکالی ندارد. مثلاً: 9999zz.
lesson-digid-apply-mistake = حالا عمداً یک اشتباه بکن. در «Geboortedatum»، 31-02-1958 را تایپ کن. روی «Volgende» کلیک کن.
lesson-digid-apply-mistake-hint = 31 فوریه وجود ندارد. اینجا اشتباه کردن اشکالی ندارد.
lesson-digid-apply-fix = پیام قرمز را بخوان. تاریخ تولد کارت تمرینت را تایپ کن. روی «Volgende» کلیک کن.
lesson-digid-apply-fix-hint = می‌توانی آن را به چند شکل تایپ کنی. مثلاً 14-05-1958 یا 14 mei 1958.
lesson-digid-apply-username = یک نام کاربری انتخاب کن. آن را در «Gebruikersnaam» تایپ کن.
lesson-digid-apply-username-hint = دست‌کم 6 نویسه، بدون فاصله. مثلاً: noor1958.
lesson-digid-apply-password = یک رمز عبور انتخاب کن. به فهرست زیر آن نگاه کن.
lesson-digid-apply-password-hint = همه قانون‌ها باید رعایت شوند. مثلاً: Zomer2027.
lesson-digid-apply-repeat = رمز عبورت را یک بار دیگر تایپ کن. روی «Volgende» کلیک کن.
lesson-digid-apply-send = ببین همه‌چیز درست است. روی «Aanvraag versturen» کلیک کن.
lesson-digid-apply-send-hint = چیزی اشتباه است؟ با «Wijzigen» آن را تغییر بده.
lesson-digid-apply-letter = نامه 3 روز طول می‌کشد. کنار صندوق پستت، روی «3 روز بعد» کلیک کن.
lesson-digid-apply-letter-hint = در واقعیت، نامه با پست می‌آید. اینجا فقط فرض می‌کنیم.
lesson-digid-apply-open = نامه رسید. روی «DigiD activeren» کلیک کن.
lesson-digid-apply-login = با نام کاربری و رمز عبور تازه‌ات وارد شو.
lesson-digid-apply-login-hint = چیزهایی که انتخاب کردی حالا روی کارت تمرینت هم هست.
lesson-digid-apply-code = کد فعال‌سازی داخل نامه را تایپ کن. روی «Activeren» کلیک کن.
lesson-digid-apply-code-hint = نامه در صندوق پستت است. فاصله و حروف کوچک اشکالی ندارد.
