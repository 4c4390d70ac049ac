# نصوص الدروس عن تطبيق DigiD.
# المفاتيح: lesson-<الدرس>-<الخطوة> و lesson-<الدرس>-<الخطوة>-hint.
# أزرار وحقول خدمة التدريب تبقى بأسمائها الهولندية.

## الدرس: تفعيل تطبيق DigiD
lesson-digid-app-activate-title = تفعيل تطبيق DigiD
lesson-digid-app-activate-intro = تضع تطبيق DigiD على هاتفك. ثم تختار رمزًا سريًا.
lesson-digid-app-activate-done = تطبيق DigiD جاهز. يمكنك الآن تسجيل الدخول به.
lesson-digid-app-activate-store = افتح «Oefenwinkel» على هاتفك.
lesson-digid-app-activate-store-hint = اضغط على الأيقونة الخضراء في الهاتف.
lesson-digid-app-activate-install = اضغط على «Installeren». هكذا يصل التطبيق إلى هاتفك.
lesson-digid-app-activate-open = التطبيق موجود الآن. اضغط على «Openen».
lesson-digid-app-activate-start = اضغط على «Activeren». تفعل هذا مرة واحدة فقط.
lesson-digid-app-activate-login = اكتب اسم المستخدم وكلمة المرور. ثم اضغط على «Inloggen».
lesson-digid-app-activate-login-hint = تجدهما على بطاقة التدريب، قرب الهاتف.
lesson-digid-app-activate-method = اختر «Met een sms-code».
lesson-digid-app-activate-method-hint = الرسالة بالبريد تحتاج 3 أيام. الرسالة النصية تصل فورًا.
lesson-digid-app-activate-code = تصلك رسالة نصية. اكتب الرمز. اضغط على «Verder».
lesson-digid-app-activate-code-hint = الرسالة في أعلى الهاتف. الرمز من 6 أرقام.
lesson-digid-app-activate-pin = اختر رمزًا سريًا من 5 أرقام.
lesson-digid-app-activate-pin-hint = خذ الرمز السري من بطاقة التدريب: 24680.
lesson-digid-app-activate-mistake = يطلب التطبيق الرمز السري مرة أخرى. اكتب الآن أرقامًا أخرى عمدًا.
lesson-digid-app-activate-mistake-hint = اكتب مثلًا 97531. لا بأس بالخطأ هنا.
lesson-digid-app-activate-again = اقرأ الرسالة الحمراء. اختر الرمز السري من جديد.
lesson-digid-app-activate-confirm = اكتب الرمز السري نفسه مرة أخرى.
lesson-digid-app-activate-ready = أحسنت! اضغط على «Naar de app».

## الدرس: تسجيل الدخول بتطبيق DigiD ورمز QR
lesson-digid-app-qr-title = تسجيل الدخول بالتطبيق ورمز QR
lesson-digid-app-qr-intro = تسجّل الدخول على حاسوب. وتستخدم تطبيق DigiD على هاتفك.
lesson-digid-app-qr-done = لقد سجّلت الدخول على الحاسوب. بهاتفك ورمزك السري.
lesson-digid-app-qr-web = انظر إلى الحاسوب. انقر على «Met de DigiD app».
lesson-digid-app-qr-open = ترى koppelcode (رمز الربط). افتح الآن تطبيق DigiD على هاتفك.
lesson-digid-app-qr-open-hint = اضغط على الأيقونة الزرقاء التي عليها حرف D.
lesson-digid-app-qr-start = اضغط على «Inloggen op een computer».
lesson-digid-app-qr-wait = أحيانًا يطول الوقت أكثر من اللازم. انقر قرب الهاتف على زر «بعد 5 دقائق».
lesson-digid-app-qr-wait-hint = ثم انظر إلى الحاسوب. انتهت صلاحية koppelcode.
lesson-digid-app-qr-new = انتهت صلاحية koppelcode. على الحاسوب، انقر على «Nieuwe koppelcode».
lesson-digid-app-qr-code = اكتب koppelcode الجديد في التطبيق. اضغط على «Verder».
lesson-digid-app-qr-code-hint = تجد koppelcode على الحاسوب. إنه من 4 حروف.
lesson-digid-app-qr-scan = يعرض الحاسوب رمز QR. اضغط على «Scan de QR-code».
lesson-digid-app-qr-scan-hint = في الواقع، توجّه الكاميرا نحو رمز QR.
lesson-digid-app-qr-confirm = هل تريد تسجيل الدخول؟ اضغط على «Ja, inloggen».
lesson-digid-app-qr-pin = اكتب رمزك السري. وهكذا تكون قد سجّلت الدخول.
lesson-digid-app-qr-pin-hint = الرمز السري على بطاقة التدريب.

## الدرس: تسجيل الدخول بتطبيق DigiD على الهاتف نفسه
lesson-digid-app-phone-title = تسجيل الدخول بالتطبيق على هاتفك
lesson-digid-app-phone-intro = تسجّل الدخول على هاتفك نفسه. لا تحتاج إلى حاسوب.
lesson-digid-app-phone-done = لقد سجّلت الدخول على هاتفك. التطبيق قام بالعمل.
lesson-digid-app-phone-browser = اضغط على «Internet». هكذا تفتح الموقع.
lesson-digid-app-phone-web = اضغط على «Met de DigiD app».
lesson-digid-app-phone-confirm = يُفتح تطبيق DigiD وحده. اضغط على «Ja, inloggen».
lesson-digid-app-phone-mistake = اكتب الآن رمزًا سريًا خاطئًا عمدًا.
lesson-digid-app-phone-mistake-hint = اكتب مثلًا 97531. يمكنك المحاولة 5 مرات.
lesson-digid-app-phone-pin = اقرأ الرسالة. اكتب الآن الرمز السري الصحيح.
lesson-digid-app-phone-pin-hint = الرمز السري على بطاقة التدريب.
lesson-digid-app-phone-back = أحسنت! اضغط على «Terug naar Mijn Oefenzorg».

## الدرس: نسيت الرمز السري
lesson-digid-pin-forgot-title = نسيت الرمز السري
lesson-digid-pin-forgot-intro = لم تعد تتذكر رمزك السري. تفعّل التطبيق من جديد.
lesson-digid-pin-forgot-done = لديك رمز سري جديد. تطبيقك يعمل من جديد.
lesson-digid-pin-forgot-open = افتح تطبيق DigiD على هاتفك.
lesson-digid-pin-forgot-forgot = لم تعد تتذكر رمزك السري. اضغط على «Pincode vergeten?».
lesson-digid-pin-forgot-reactivate = اقرأ النص. اضغط على «Opnieuw activeren».
lesson-digid-pin-forgot-reactivate-hint = لا أحد يستطيع معرفة رمزك السري. ولا حتى مكتب المساعدة.
lesson-digid-pin-forgot-login = اكتب اسم المستخدم وكلمة المرور. ثم اضغط على «Inloggen».
lesson-digid-pin-forgot-login-hint = تجدهما على بطاقة التدريب.
lesson-digid-pin-forgot-method = اختر الآن «Met uw identiteitskaart».
lesson-digid-pin-forgot-hold = اضغط على «Houd de ID-kaart tegen de telefoon».
lesson-digid-pin-forgot-hold-hint = في الواقع، تضع البطاقة على ظهر هاتفك.
lesson-digid-pin-forgot-easy = اختر رمزًا سريًا. اكتب أولًا 12345 عمدًا.
lesson-digid-pin-forgot-easy-hint = هكذا ترى ماذا يقول التطبيق عن رمز سهل.
lesson-digid-pin-forgot-pin = اختر الآن رمزًا سريًا أفضل.
lesson-digid-pin-forgot-pin-hint = مثلًا 86420. احفظ رمزك السري الجديد جيدًا.
lesson-digid-pin-forgot-confirm = اكتب الرمز السري نفسه مرة أخرى.
