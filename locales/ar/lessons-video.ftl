# دروس: مكالمة فيديو مع طبيب العائلة ("Oefenbeeld"). الكلمات بين علامتي
# التنصيص هي الكلمات الهولندية على شاشة التدريب؛ و{ $… } كلمات المظهر
# (حاسوب أو هاتف).

lesson-video-test-title = مكالمة الفيديو: إجراء الاختبار
lesson-video-test-intro = تختبر الكاميرا والميكروفون والصوت. هكذا تعرف أن كل شيء يعمل.
lesson-video-test-done = انتهى الاختبار. الكاميرا والميكروفون والصوت تعمل.
lesson-video-test-open = وصلك بريد إلكتروني من طبيب العائلة. انقر على «Doe eerst de test».
lesson-video-test-allow = المتصفح يسألك شيئًا. انقر على «Toestaan».
lesson-video-test-allow-hint = هكذا يستطيع الموقع استخدام الكاميرا والميكروفون. فقط أثناء المكالمة.
lesson-video-test-mistake = اختر عمدًا «{ $camera-other }».
lesson-video-test-mistake-hint = لا ترى نفسك. اقرأ الرسالة الحمراء.
lesson-video-test-camera = اختر «{ $camera-builtin }». الآن ترى نفسك.
lesson-video-test-mic = انقر على «Zeg iets». يتحرك الشريط عندما تتكلم.
lesson-video-test-mic-hint = هنا نتخيّل أنك تتكلم. لا أحد يسمعك.
lesson-video-test-tone = انقر على «Speel geluid af». ستسمع نغمة.
lesson-video-test-tone-hint = لا تسمع شيئًا؟ ارفع الصوت.
lesson-video-test-heard = هل سمعت النغمة؟ انقر على «Ik hoor het».
lesson-video-test-finish = انقر على «Klaar met de test».

lesson-video-permission-title = السماح بالكاميرا والميكروفون
lesson-video-permission-intro = تنقر على الحظر بالخطأ. ثم تصلح ذلك من جديد.
lesson-video-permission-done = الكاميرا والميكروفون يعملان من جديد. تستطيع الآن إصلاح هذا بنفسك.
lesson-video-permission-open = في البريد الإلكتروني، انقر على «Doe eerst de test».
lesson-video-permission-block = انقر عمدًا على «{ $block }».
lesson-video-permission-block-hint = يحدث هذا كثيرًا بالخطأ. تستطيع إصلاحه.
lesson-video-permission-fix = اقرأ الرسالة الحمراء. افعل ما تقوله.
lesson-video-permission-fix-hint = على الحاسوب، انقر على القفل. على الهاتف، افتح الإعدادات (Instellingen).
lesson-video-permission-camera = شغّل المفتاح بجانب «Camera».
lesson-video-permission-mic = شغّل المفتاح بجانب «Microfoon».
lesson-video-permission-reload = انقر على «{ $fix-done }».
lesson-video-permission-check = انقر على «Zeg iets». الميكروفون يعمل من جديد.

lesson-video-call-title = مكالمة فيديو مع الطبيب
lesson-video-call-intro = تذهب إلى غرفة الانتظار. ثم تتكلم مع الطبيب.
lesson-video-call-done = اتصلت بالطبيب بالفيديو. وتعرف أيضًا ماذا تفعل إذا حدثت مشكلة.
lesson-video-call-open = الساعة تقريبًا 10:30. في البريد الإلكتروني، انقر على «Klik hier om het gesprek te openen».
lesson-video-call-name = اكتب اسمك في خانة «Je naam». انظر إلى بطاقة التدريب.
lesson-video-call-name-hint = يرى الطبيب هذا الاسم. استخدم الاسم من بطاقة التدريب.
lesson-video-call-join = انقر على «Deelnemen».
lesson-video-call-wait = أنت في غرفة الانتظار. انقر على «بعد دقيقة واحدة» حتى يأتي الطبيب.
lesson-video-call-wait-hint = الانتظار الحقيقي أطول. ابقَ في الصفحة أثناء الانتظار.
lesson-video-call-mistake = الطبيب يسألك شيئًا. انقر على «Ja, ik hoor u goed.»
lesson-video-call-mistake-hint = الطبيب لا يسمعك. اقرأ ما هو مكتوب.
lesson-video-call-unmute = انقر على «Zet microfoon aan».
lesson-video-call-hear = قلها مرة أخرى: «Ja, ik hoor u goed.»
lesson-video-call-identity = يسألك الطبيب عن اسمك وتاريخ ميلادك. اختر الجواب الصحيح.
lesson-video-call-identity-hint = انظر إلى بطاقة التدريب. اذكر اسمك وتاريخ ميلادك معًا.
lesson-video-call-alone = يسألك الطبيب: هل تستطيع الكلام بحرية؟ اختر الجواب.
lesson-video-call-alone-hint = هل معك شخص آخر؟ يمكنك أن تقول ذلك.
lesson-video-call-chat = يكتب الطبيب شيئًا في الدردشة. اقرأه. اكتب ردًّا قصيرًا.
lesson-video-call-send = انقر على «Verstuur».
lesson-video-call-oops = انقر عمدًا على «Ophangen». هكذا تتدرب على العودة.
lesson-video-call-oops-hint = أغلقت المكالمة بالخطأ؟ لا مشكلة. تستطيع العودة.
lesson-video-call-mail = انقر على «Open de uitnodiging».
lesson-video-call-back = انقر مرة أخرى على «Klik hier om het gesprek te openen».
lesson-video-call-thanks = انتهى الطبيب. قل: «Dank u wel. Dag dokter.»
lesson-video-call-end = انقر على «Ophangen». انتهت المكالمة.
