# دروس: رحلة الرعاية بعد طبيب العائلة (الصيدلية، المستشفى، الإحالة،
# التطعيم). الكلمات بين علامتي التنصيص هي الكلمات الهولندية على شاشة التدريب.

lesson-pharmacy-order-title = طلب الأدوية واستلامها
lesson-pharmacy-order-intro = تطلب أدويتك بتطبيق الصيدلية. ثم تستلمها من خزانة الاستلام.
lesson-pharmacy-order-done = طلبت أدويتك واستلمتها. وتعرف الآن ماذا تفعل إذا انتهى الرمز.
lesson-pharmacy-order-mistake = تبحث عن تطبيق صيدليتك. انقر عمدًا على «Installeren» عند «Apotheek Oefenanker Plus».
lesson-pharmacy-order-mistake-hint = اقرأ الرسالة الحمراء. انظر دائمًا من صنع التطبيق.
lesson-pharmacy-order-install = انقر على «Installeren» عند «Apotheek Oefenanker». صيدليتك صنعت هذا التطبيق.
lesson-pharmacy-order-open = انقر على «Openen».
lesson-pharmacy-order-link = انقر على «Apotheek koppelen».
lesson-pharmacy-order-code = اكتب رمز الربط. تجده على إيصال الصيدلية.
lesson-pharmacy-order-code-hint = الإيصال بجانب الشاشة. يمكنك كتابة المسافات.
lesson-pharmacy-order-birth = اكتب تاريخ ميلادك. انظر إلى بطاقة التدريب.
lesson-pharmacy-order-birth-hint = اكتب السنة بـ 4 أرقام.
lesson-pharmacy-order-linked = انقر على «Koppelen».
lesson-pharmacy-order-order = انقر على «Herhaalrecept bestellen».
lesson-pharmacy-order-check = ضع عمدًا علامة صح عند «Atorvastatine 20 mg, tablet».
lesson-pharmacy-order-check-hint = لا يمكنك طلب هذا الدواء الآن. اقرأ الرسالة. ثم اتصل بطبيب العائلة.
lesson-pharmacy-order-pick = ضع علامة صح عند «Omeprazol 20 mg, capsule».
lesson-pharmacy-order-next = انقر على «Volgende».
lesson-pharmacy-order-locker = اختر «Afhaalkluis» (خزانة الاستلام).
lesson-pharmacy-order-locker-hint = الخزانة مفتوحة ليلًا ونهارًا. يصلك رمز في رسالة نصية.
lesson-pharmacy-order-summary = انقر على «Volgende». تأكّد من طلبك.
lesson-pharmacy-order-send = انقر على «Bestelling versturen».
lesson-pharmacy-order-wait = انقر مرتين على «بعد يوم واحد». ثم تصلك رسالة نصية.
lesson-pharmacy-order-wait-hint = في الواقع يستغرق هذا عادةً 2 يوم عمل. اقرأ الرسالة النصية على هاتفك.
lesson-pharmacy-order-late = لا تستلم أدويتك في الوقت المحدد. انقر على «بعد أسبوع واحد».
lesson-pharmacy-order-late-hint = هذا يحدث كثيرًا. الرمز يعمل 7 أيام فقط.
lesson-pharmacy-order-go = انقر على «اذهب إلى الصيدلية».
lesson-pharmacy-order-expired = اكتب الرمز من الرسالة النصية. انقر على «OK».
lesson-pharmacy-order-expired-hint = الرمز قديم جدًا. اقرأ ما هو مكتوب.
lesson-pharmacy-order-back = انقر على «ارجع إلى هاتفك».
lesson-pharmacy-order-renew = انقر على «Stuur mij een nieuwe code».
lesson-pharmacy-order-again = انقر مرة أخرى على «اذهب إلى الصيدلية».
lesson-pharmacy-order-type = اكتب الرمز الجديد من الرسالة النصية. انقر على «OK».
lesson-pharmacy-order-type-hint = استخدم أحدث رسالة نصية. الرمز القديم لم يعد يعمل.
lesson-pharmacy-order-take = باب الخزانة مفتوح. انقر على «Medicijnen pakken en vak sluiten».
