/*!
The practice inbox ("Nepberichten herkennen"): thin views over [`Inbox`].
Message content is Dutch, as it would arrive; the question "echt of nep?"
and the explanations are Oefenplein speaking, in the learner's language.
*/

use leptos::prelude::*;

use super::{lit, Highlight, ScreenCtx};
use crate::{
    i18n::{k, p, practice, tr},
    practice::inbox::{Action, Channel, Inbox, Verdict, View, MESSAGES},
    ui::{i18n::use_i18n, icon::Icon},
};

fn text(id: &str, part: &str) -> String {
    practice(&format!("inbox-{id}-{part}"))
}

type Ctx = ScreenCtx<Inbox, Action>;

#[component]
pub fn InboxScreen(
    #[prop(into)] state: Signal<Inbox>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    #[prop(default = "live")] prefix: &'static str,
) -> impl IntoView {
    let ctx = Ctx {
        state,
        on_action,
        highlight,
        prefix,
    };
    let view_of = Memo::new(move |_| state.with(|s| s.view));
    view! {
        <div class="inbox">
            {move || match view_of.get() {
                View::List => list(ctx).into_any(),
                View::Open(i) => message(ctx, i).into_any(),
                View::FakePage(i) => fake_page(ctx, i).into_any(),
            }}
        </div>
    }
}

/// The learner-language part inside the Dutch practice screen.
fn oefenplein_box(children: impl IntoView + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="coach-box" lang=move || i18n.lang().code() dir=move || i18n.lang().dir().as_str()>
            {children}
        </div>
    }
}

fn list(ctx: Ctx) -> impl IntoView {
    let i18n = use_i18n();
    let items = MESSAGES
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let id = m.id;
            let status = move || {
                ctx.state.with(|s| s.is_right(i)).map(|right| {
                    let (key, class) = if right {
                        (k::PHISHING_STATUS_RIGHT, "status right")
                    } else {
                        (k::PHISHING_STATUS_WRONG, "status wrong")
                    };
                    view! {
                        <span class=class lang=move || i18n.lang().code()>
                            {move || tr(i18n.lang(), key)}
                        </span>
                    }
                })
            };
            let channel = match m.channel {
                Channel::Email => practice(p::INBOX_EMAIL),
                Channel::Sms => practice(p::INBOX_SMS),
            };
            let preview = match m.channel {
                Channel::Email => text(id, "subject"),
                Channel::Sms => text(id, "body"),
            };
            let dom_id = (i == 0).then(|| ctx.id("first-message"));
            view! {
                <li>
                    <button
                        type="button"
                        class="inbox-item"
                        id=dom_id
                        class:highlight=move || i == 0 && lit(ctx.highlight, "first-message")()
                        on:click=move |_| ctx.send(Action::OpenMessage(id.to_owned()))
                    >
                        <span class="inbox-channel">{channel}</span>
                        <span class="inbox-from">{text(id, "from")}</span>
                        <span class="inbox-preview">{preview}</span>
                        {status}
                    </button>
                </li>
            }
        })
        .collect_view();
    let score = move || {
        let (right, total) = ctx.state.with(Inbox::score);
        (right > 0).then(|| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("right", right);
            args.set("total", total);
            crate::i18n::tr_args(i18n.lang(), k::PHISHING_SCORE, Some(&args))
        })
    };
    view! {
        <h2 class="inbox-title">{practice(p::INBOX_TITLE)}</h2>
        <ul class="inbox-list" id=ctx.id("inbox") class:highlight=lit(ctx.highlight, "inbox")>
            {items}
        </ul>
        <p class="inbox-score" lang=move || i18n.lang().code()>{score}</p>
    }
}

fn message(ctx: Ctx, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let m = MESSAGES[index];
    let link = m.link.map(|address| {
        view! {
            <p>
                <button
                    type="button"
                    class="inbox-link"
                    id=ctx.id("link")
                    class:highlight=lit(ctx.highlight, "link")
                    on:click=move |_| ctx.send(Action::OpenLink)
                >
                    {format!("https://{address}")}
                </button>
            </p>
        }
    });
    let qr = (m.id == "digid-qr").then(|| {
        view! { <img class="fake-qr" src="/img/fake-qr.svg" alt=i18n.t(k::PHISHING_FAKE_QR) width="96" height="96" /> }
    });
    let feedback = move || {
        ctx.state.with(|s| s.is_right(index)).map(|right| {
            let lang = i18n.lang();
            let verdict = tr(
                lang,
                if right {
                    k::PHISHING_RIGHT
                } else {
                    k::PHISHING_WRONG
                },
            );
            // Right or wrong, the learner hears why for this message.
            let why = Some(tr(
                lang,
                &format!("phishing-{}-{}", if right { "why" } else { "wrong" }, m.id),
            ));
            view! {
                <div class=if right { "feedback right" } else { "feedback wrong" }>
                    <p class="feedback-verdict">{verdict}</p>
                    {why.map(|w| view! { <p>{w}</p> })}
                </div>
            }
        })
    };
    let answer =
        move |target: &'static str, key: &'static str, action: Action, verdict: Verdict| {
            let chosen = move || ctx.state.with(|s| s.answers[index] == Some(verdict));
            view! {
                <button
                    type="button"
                    class="button secondary"
                    id=ctx.id(target)
                    class:highlight=lit(ctx.highlight, target)
                    aria-pressed=move || chosen().to_string()
                    on:click=move |_| ctx.send(action.clone())
                >
                    {move || tr(i18n.lang(), key)}
                </button>
            }
        };
    view! {
        <article class="inbox-message" aria-labelledby=ctx.id("subject")>
            <p class="inbox-meta">
                <span>{practice(p::INBOX_FROM)} ": "</span>
                <strong>{text(m.id, "from")}</strong>
            </p>
            <h2 class="inbox-subject" id=ctx.id("subject")>{text(m.id, "subject")}</h2>
            <p class="inbox-body">{text(m.id, "body")}</p>
            {link}
            {qr}
        </article>
        {oefenplein_box(view! {
            <p class="coach-question">{move || tr(i18n.lang(), k::PHISHING_QUESTION)}</p>
            <div class="answer-buttons">
                {answer("real", k::PHISHING_REAL, Action::AnswerReal, Verdict::Real)}
                {answer("fake", k::PHISHING_FAKE, Action::AnswerFake, Verdict::Fake)}
            </div>
            <div role="status">{feedback}</div>
        })}
        {back(ctx, p::INBOX_BACK)}
    }
}

/// The way back: to the list from a message, to the message from its page.
fn back(ctx: Ctx, label: &'static str) -> impl IntoView {
    view! {
        <button
            class="ps-back"
            type="button"
            id=ctx.id("back")
            class:highlight=lit(ctx.highlight, "back")
            on:click=move |_| ctx.send(Action::BackToInbox)
        >
            <Icon name="arrow" />
            {practice(label)}
        </button>
    }
}

fn fake_page(ctx: Ctx, _index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let feedback = move || {
        ctx.state.with(|s| s.address_answer).map(|spotted| {
            let key = if spotted {
                k::PHISHING_ADDRESS_SPOTTED
            } else {
                k::PHISHING_ADDRESS_MISSED
            };
            view! {
                <div class=if spotted { "feedback right" } else { "feedback wrong" }>
                    <p>{move || tr(i18n.lang(), key)}</p>
                </div>
            }
        })
    };
    view! {
        <div class="fake-page">
            <p class="fake-brand">"DigiD"</p>
            <h2>{practice(p::FAKE_PAGE_TITLE)}</h2>
            <p>{practice(p::FAKE_PAGE_TEXT)}</p>
            <div class="fake-field" aria-hidden="true"></div>
            <div class="fake-field" aria-hidden="true"></div>
            <div class="fake-button" aria-hidden="true"></div>
        </div>
        {oefenplein_box(view! {
            <p class="coach-question">{move || tr(i18n.lang(), k::PHISHING_ADDRESS_QUESTION)}</p>
            <div class="answer-buttons">
                <button type="button" class="button secondary" on:click=move |_| ctx.send(Action::AddressRight)>
                    {move || tr(i18n.lang(), k::PHISHING_ADDRESS_RIGHT)}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    id=ctx.id("address")
                    class:highlight=lit(ctx.highlight, "address")
                    on:click=move |_| ctx.send(Action::AddressWrong)
                >
                    {move || tr(i18n.lang(), k::PHISHING_ADDRESS_WRONG)}
                </button>
            </div>
            <div role="status">{feedback}</div>
        })}
        {back(ctx, p::INBOX_BACK_MESSAGE)}
    }
}
