/*!
"Mijn voortgang": the medals in plain words, per task and lesson; the
progress code that carries them to another device (a library PC forgets
everything after each visitor); and the way to the certificate.

The code and its rules live in `model::progress_code`; this page only
shows it, and merges a restored code into what the device has (never
erasing anything).
*/

use leptos::prelude::*;
use leptos_router::components::A;

use super::{
    certificate::CertificatePage,
    learners::LearnersPage,
    not_found::NotFound,
    self_check::{level_key, SelfCheckPage},
};

use crate::{
    i18n::{k, tr, tr_args, tr_with},
    model::{
        lesson_index,
        progress::Medal,
        progress_code::{self, CodeError},
        tasks::TASKS,
    },
    practice::qr,
    routes,
    ui::{
        dom, i18n::use_i18n, icon::Icon, medal::MedalBadge, prefs::use_prefs, title::use_page_title,
    },
};

/// `/voortgang` and `/voortgang/certificaat`.
#[component]
pub fn ProgressRoute() -> impl IntoView {
    let part = super::use_path_part(routes::progress_part);
    move || match part.get().as_deref() {
        None => view! { <ProgressPage /> }.into_any(),
        Some(routes::CERTIFICATE) => view! { <CertificatePage /> }.into_any(),
        Some(routes::SELF_CHECK) => view! { <SelfCheckPage /> }.into_any(),
        Some(routes::LEARNERS) => view! { <LearnersPage /> }.into_any(),
        Some(_) => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn ProgressPage() -> impl IntoView {
    use_page_title(k::PROGRESS_TITLE);
    let i18n = use_i18n();
    let prefs = use_prefs();
    let counts = move || prefs.with(|s| s.progress.medal_counts());
    let summary = move || {
        let [bronze, silver, gold] = counts();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("bronze", bronze);
        args.set("silver", silver);
        args.set("gold", gold);
        tr_args(i18n.lang(), k::PROGRESS_COUNTS, Some(&args))
    };
    let rules = Medal::EARNED
        .iter()
        .map(|&medal| {
            let key = match medal {
                Medal::Bronze => k::PROGRESS_RULE_BRONZE,
                Medal::Silver => k::PROGRESS_RULE_SILVER,
                _ => k::PROGRESS_RULE_GOLD,
            };
            view! {
                <li>
                    <MedalBadge medal=medal />
                    <span>{i18n.t(key)}</span>
                </li>
            }
        })
        .collect_view();
    let tasks = TASKS
        .iter()
        .filter(|t| lesson_index::for_task(t.id).next().is_some())
        .map(|task| {
            let lessons = lesson_index::for_task(task.id)
                .map(|entry| view! { <LessonRow entry /> })
                .collect_view();
            view! {
                <li class="progress-task">
                    <h3>
                        <A href=routes::task(task.id)>{i18n.t(task.title)}</A>
                    </h3>
                    <ul class="progress-lessons">{lessons}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page progress">
            <h1>{i18n.t(k::PROGRESS_TITLE)}</h1>
            <p class="lead">{i18n.t(k::PROGRESS_INTRO)}</p>
            <p class="progress-summary">{summary}</p>
            <p class="progress-level">
                {move || prefs.with(|s| s.progress.level).map(|level| {
                    tr_with(i18n.lang(), k::PROGRESS_LEVEL, "level", tr(i18n.lang(), level_key(level)))
                })}
                " "
                <A href=routes::self_check()>{i18n.t(k::SELFCHECK_LINK)}</A>
            </p>
            <section aria-labelledby="rules-title" class="progress-rules">
                <h2 id="rules-title">{i18n.t(k::PROGRESS_RULES_TITLE)}</h2>
                <ul>{rules}</ul>
                <p>{i18n.t(k::PROGRESS_RULES_NOTE)}</p>
            </section>
            <section aria-labelledby="lessons-title">
                <h2 id="lessons-title">{i18n.t(k::PROGRESS_LESSONS_TITLE)}</h2>
                <ul class="progress-tasks">{tasks}</ul>
            </section>
            <SaveCode />
            <RestoreCode />
            <section aria-labelledby="learners-title" class="progress-learners">
                <h2 id="learners-title">{i18n.t(k::LEARNERS_LINK_TITLE)}</h2>
                <p>{i18n.t(k::LEARNERS_LINK_TEXT)}</p>
                <A href=routes::learners() attr:class="button secondary">
                    <span>{i18n.t(k::LEARNERS_LINK)}</span>
                    <Icon name="forward" />
                </A>
            </section>
            <section aria-labelledby="certificate-title" class="progress-certificate">
                <h2 id="certificate-title">{i18n.t(k::CERTIFICATE_TITLE)}</h2>
                <p>{i18n.t(k::PROGRESS_CERTIFICATE_TEXT)}</p>
                <A href=routes::certificate() attr:class="button">
                    <span>{i18n.t(k::PROGRESS_CERTIFICATE_LINK)}</span>
                    <Icon name="forward" />
                </A>
            </section>
        </div>
    }
}

/// A lesson: its medal, how far the learner got, or not yet begun.
#[component]
fn LessonRow(entry: &'static lesson_index::Entry) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let title_key = format!("lesson-{}-title", entry.id);
    let medal = Signal::derive(move || prefs.with(|s| s.progress.medal(entry.id)));
    let step = move || {
        prefs.with(|s| {
            s.progress
                .lessons
                .get(entry.id)
                .map_or(0, |l| l.step as usize)
        })
    };
    let status = move || {
        let lang = i18n.lang();
        let step = step();
        if step > 0 {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("step", step + 1);
            args.set("total", entry.steps);
            Some(tr_args(lang, k::PROGRESS_LESSON_STARTED, Some(&args)))
        } else if medal.get() == Medal::None {
            Some(tr(lang, k::PROGRESS_LESSON_TODO))
        } else {
            None
        }
    };
    view! {
        <li>
            <A href=routes::lesson(entry.id)>{move || tr(i18n.lang(), &title_key)}</A>
            <span class="progress-status">
                <MedalBadge medal />
                {move || status().map(|text| view! { <span class="progress-todo">{text}</span> })}
            </span>
        </li>
    }
}

/// "Bewaar je voortgang": the code, grouped, with a copy button and a QR
/// code that opens this page on another device with the code filled in.
#[component]
fn SaveCode() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let code = Memo::new(move |_| prefs.with(|s| progress_code::encode(&s.progress)));
    let copied = RwSignal::new(false);
    let copy = move |_| copied.set(dom::copy_text(&code.get_untracked()));
    let picture = move || {
        let link = format!(
            "{}{}#code={}",
            dom::origin(),
            routes::href(routes::PROGRESS),
            code.get()
        );
        qr::encode(&link).map(|qr| {
            let view_box = format!("0 0 {0} {0}", qr.size);
            view! {
                <svg class="qr" viewBox=view_box role="img" aria-label=move || tr(i18n.lang(), k::PROGRESS_QR_LABEL) shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff" />
                    <path d=qr.path fill="#000" />
                </svg>
            }
        })
    };
    view! {
        <section aria-labelledby="save-title" class="progress-save">
            <h2 id="save-title">{i18n.t(k::PROGRESS_SAVE_TITLE)}</h2>
            <p>{i18n.t(k::PROGRESS_SAVE_TEXT)}</p>
            <p>{i18n.t(k::PROGRESS_SAVE_TEXT_2)}</p>
            <p class="progress-code-label">{i18n.t(k::PROGRESS_CODE_LABEL)}</p>
            <p class="progress-code" dir="ltr" translate="no">{code}</p>
            <button class="button secondary" type="button" on:click=copy>
                {i18n.t(k::PROGRESS_COPY)}
            </button>
            <p role="status" class="progress-copied">
                {move || copied.get().then(|| tr(i18n.lang(), k::PROGRESS_COPIED))}
            </p>
            <div class="qr-box">{picture}</div>
            <p>{i18n.t(k::PROGRESS_QR_TEXT)}</p>
            <p class="hint">{i18n.t(k::PROGRESS_SAVE_PRIVACY)}</p>
        </section>
    }
}

/// What came of pressing "Zet terug".
#[derive(Clone, PartialEq)]
enum Restored {
    Nothing,
    Done,
    Failed(CodeError),
}

/// "Voortgang terugzetten": a typed or scanned code, merged into what the
/// device has. A bad code changes nothing and says what to check.
#[component]
fn RestoreCode() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    // A scanned QR code opens this page with `#code=…`: fill it in, and
    // let the learner press the button (nothing changes unasked).
    let from_link = dom::location_hash()
        .strip_prefix("#code=")
        .map(str::to_owned)
        .filter(|c| !c.is_empty() && c.len() < 200);
    let typed = RwSignal::new(from_link.clone().unwrap_or_default());
    let outcome = RwSignal::new(Restored::Nothing);
    let restore = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match progress_code::decode(&typed.get_untracked()) {
            Ok(restored) => {
                prefs.update(|s| s.progress.merge(&restored));
                outcome.set(Restored::Done);
            }
            Err(e) => {
                outcome.set(Restored::Failed(e));
                crate::ui::focus::focus_when_drawn("restore-code".into(), 10);
            }
        }
    };
    let error = move || match outcome.get() {
        Restored::Failed(e) => Some(error_text(i18n.lang(), &e)),
        _ => None,
    };
    view! {
        <section aria-labelledby="restore-title" class="progress-restore">
            <h2 id="restore-title">{i18n.t(k::PROGRESS_RESTORE_TITLE)}</h2>
            <p>{i18n.t(k::PROGRESS_RESTORE_TEXT)}</p>
            {from_link.is_some().then(|| view! { <p class="hint">{i18n.t(k::PROGRESS_RESTORE_FROM_LINK)}</p> })}
            <form on:submit=restore novalidate=true>
                <label for="restore-code">{i18n.t(k::PROGRESS_CODE_LABEL)}</label>
                <input
                    id="restore-code"
                    type="text"
                    dir="ltr"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    maxlength="200"
                    aria-invalid=move || error().is_some().then_some("true")
                    aria-describedby="restore-message"
                    prop:value=typed
                    on:input=move |ev| {
                        typed.set(event_target_value(&ev));
                        outcome.set(Restored::Nothing);
                    }
                />
                <div id="restore-message" role="status">
                    {move || error().map(|text| view! {
                        <p class="field-error">{text}</p>
                        <p>{tr(i18n.lang(), k::PROGRESS_ERROR_HELP)}</p>
                    })}
                    {move || (outcome.get() == Restored::Done).then(|| view! {
                        <p class="success"><Icon name="check" />{tr(i18n.lang(), k::PROGRESS_RESTORE_DONE)}</p>
                    })}
                </div>
                <button class="button" type="submit">{i18n.t(k::PROGRESS_RESTORE_BUTTON)}</button>
            </form>
        </section>
    }
}

fn error_text(lang: crate::model::lang::Lang, error: &CodeError) -> String {
    match error {
        CodeError::Empty => tr(lang, k::PROGRESS_ERROR_EMPTY),
        CodeError::BadChar(c) => tr_with(lang, k::PROGRESS_ERROR_CHAR, "char", c.to_string()),
        CodeError::TooShort => tr(lang, k::PROGRESS_ERROR_SHORT),
        CodeError::Typo => tr(lang, k::PROGRESS_ERROR_TYPO),
        CodeError::Newer => tr(lang, k::PROGRESS_ERROR_NEWER),
    }
}
