/*!
The practice GP portal in either look: thin views over [`Gp`]. The look
decides the frame (tiles on a home screen and a top bar, or a side menu
and lists) and the words (`practice::gp::words`); every screen below it is the same
for both, drawn from the practice kit's parts and themed by the look's
`data-theme`. All rules live in the state machine.
*/

mod book;
mod care;
mod login;
mod medicines;
mod results;

use leptos::prelude::*;

use super::{
    kit::{screen_title, Shown},
    lit, Highlight, ScreenCtx,
};
use crate::practice::gp::words::{word, Word};
use crate::ui::lazy::{split_view, Loaded, Loader};
use crate::{
    i18n::{p, practice, practice_with},
    practice::{
        card::CARD,
        gp::{data::Person, Action, Gp, Look, Problem, Screen, Section},
    },
};

/// Everything a GP portal screen needs.
pub type GpCtx = ScreenCtx<Gp, Action>;

impl GpCtx {
    fn look(self) -> Look {
        self.state.with(|s| s.look)
    }

    fn word(self, w: Word) -> String {
        word(self.look(), w)
    }

    /// The problem box's contents, as the kit shows them.
    fn shown(self) -> Signal<Option<Shown>> {
        Signal::derive(move || super::kit::shown(self.state.with(|s| s.problem), problem_key))
    }

    fn problem_box(self) -> impl IntoView {
        view! { <super::kit::ProblemBox shown=self.shown() id=self.id("error") /> }
    }

    fn has_problem(self) -> bool {
        self.state.with(|s| s.problem.is_some())
    }

    /// A button that sends `action`; `target` names it for "Laat zien".
    fn button(
        self,
        target: &'static str,
        class: &'static str,
        label: String,
        action: Action,
    ) -> impl IntoView {
        super::controls::labelled_button(self, target, class, label, action)
    }

    /// A screen's title with "Terug" before it.
    fn title(self, key: &'static str) -> impl IntoView {
        self.title_text(practice(key))
    }

    fn title_text(self, text: String) -> impl IntoView {
        let on_back = Callback::new(move |()| self.send(Action::Back));
        screen_title(text, Some((self.id("back"), practice(p::GP_BACK), on_back)))
    }
}

split_view! { gp_care: fn care_screen(ctx: GpCtx, screen: Screen) { care_view(ctx, screen) } }

/// A screen of the care flows (question, appointment, medicines, results).
fn care_view(ctx: GpCtx, screen: Screen) -> AnyView {
    match screen {
        Screen::AskWarning => care::warning(ctx).into_any(),
        Screen::AskForm => care::form(ctx).into_any(),
        Screen::AskSent => care::sent(ctx).into_any(),
        Screen::Messages => care::messages(ctx).into_any(),
        Screen::Reply => care::reply(ctx).into_any(),
        Screen::BookReason => book::reason(ctx).into_any(),
        Screen::BookWho => book::who(ctx).into_any(),
        Screen::BookSlot => book::slot(ctx).into_any(),
        Screen::BookCheck => book::check(ctx).into_any(),
        Screen::Booked => book::booked(ctx).into_any(),
        Screen::Appointments => book::appointments(ctx).into_any(),
        Screen::CancelCheck => book::cancel_check(ctx).into_any(),
        Screen::Cancelled => book::cancelled(ctx).into_any(),
        Screen::Repeat => medicines::repeat(ctx).into_any(),
        Screen::RepeatSent => medicines::sent(ctx).into_any(),
        Screen::Orders => medicines::orders(ctx).into_any(),
        Screen::Medication => medicines::medication(ctx).into_any(),
        Screen::Results => results::list(ctx).into_any(),
        Screen::Result(result) => results::detail(ctx, result).into_any(),
        // Drawn by the portal's own chunk (see `GpScreen`).
        Screen::Start
        | Screen::LoggedOut
        | Screen::Digid
        | Screen::OwnLogin
        | Screen::OwnCode
        | Screen::Terms
        | Screen::Mobile
        | Screen::Home => ().into_any(),
    }
}

/// The kind message for a problem (Dutch, like the portal).
fn problem_key(problem: Problem) -> &'static str {
    match problem {
        Problem::OwnEmpty => p::GP_ERROR_OWN_EMPTY,
        Problem::OwnWrong => p::GP_ERROR_OWN_WRONG,
        Problem::CodeEmpty => p::GP_ERROR_CODE_EMPTY,
        Problem::CodeWrong => p::GP_ERROR_CODE_WRONG,
        Problem::CodeExpired => p::GP_ERROR_CODE_EXPIRED,
        Problem::TermsNotTicked => p::GP_ERROR_TERMS,
        Problem::NoSubject => p::GP_ERROR_NO_SUBJECT,
        Problem::QuestionEmpty => p::GP_ERROR_QUESTION_EMPTY,
        Problem::QuestionShort => p::GP_ERROR_QUESTION_SHORT,
        Problem::ReasonEmpty => p::GP_ERROR_REASON_EMPTY,
        Problem::NotOnline => p::GP_ERROR_NOT_ONLINE,
        Problem::NoPractitioner | Problem::NoSlot => p::GP_ERROR_NO_SLOT,
        Problem::SlotTaken => p::GP_ERROR_SLOT_TAKEN,
        Problem::CancelTooLate => p::GP_ERROR_CANCEL_LATE,
        Problem::NothingTicked => p::GP_ERROR_NOTHING_TICKED,
        Problem::NeedsCheckup(_) => p::GP_ERROR_CHECKUP,
        Problem::TooLong => p::GP_ERROR_TOO_LONG,
        // Shown by the guard's own warning, never as text.
        Problem::RealData(_) => p::GP_ERROR_TOO_LONG,
    }
}

/// The whole portal, switching screens as the state says.
#[component]
pub fn GpScreen(
    #[prop(into)] state: Signal<Gp>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    #[prop(default = "live")] prefix: &'static str,
) -> impl IntoView {
    let ctx = GpCtx {
        state,
        on_action,
        highlight,
        prefix,
    };
    let look = Memo::new(move |_| state.with(|s| s.look));
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    let inside = Memo::new(move |_| state.with(|s| s.logged_in() && s.welcomed));
    let idle = Memo::new(move |_| state.with(|s| s.idle_warning));
    let body = move || match screen.get() {
        Screen::Start => login::start(ctx, false).into_any(),
        Screen::LoggedOut => login::start(ctx, true).into_any(),
        Screen::Digid => login::digid(ctx).into_any(),
        Screen::OwnLogin => login::own_login(ctx).into_any(),
        Screen::OwnCode => login::own_code(ctx).into_any(),
        Screen::Terms => login::terms(ctx).into_any(),
        Screen::Mobile => login::mobile(ctx).into_any(),
        Screen::Home => home(ctx).into_any(),
        // The care flows are their own chunk: a learner who only logs in
        // does not download them.
        care => view! { <Loaded loader=Loader::new(move || care_screen(ctx, care)) /> }.into_any(),
    };
    view! {
        <div class="ps gp" data-theme=move || look.get().id()>
            <div class="gp-page" inert=move || idle.get()>
                {move || header(ctx, inside.get())}
                <div class="gp-body" class:with-menu=move || inside.get() && look.get() == Look::Zorg>
                    {move || (inside.get() && look.get() == Look::Zorg).then(|| menu(ctx))}
                    <div class="gp-main">
                        {move || (inside.get() && look.get() == Look::Praktijk && screen.get() != Screen::Home)
                            .then(|| ctx.button("home", "ps-link gp-home-link", ctx.word(Word::Home), Action::Home))}
                        {body}
                    </div>
                </div>
            </div>
            {move || idle.get().then(|| login::idle_dialog(ctx))}
        </div>
    }
}

fn header(ctx: GpCtx, inside: bool) -> impl IntoView {
    let mark = match ctx.look() {
        Look::Praktijk => "MO",
        Look::Zorg => "OZ",
    };
    let logged_in = ctx.state.with(|s| s.logged_in());
    view! {
        <header class="ps-header gp-header">
            <span class="ps-mark" aria-hidden="true">{mark}</span>
            <span class="ps-brand">{ctx.word(Word::Brand)}</span>
            {logged_in.then(|| ctx.button("logout", "ps-link gp-logout", ctx.word(Word::Logout), Action::Logout))}
        </header>
        {inside.then(|| view! {
            <p class="gp-who">
                {practice_with(p::GP_WELCOME, "name", CARD.name)}
                {move || (ctx.state.with(|s| s.person) == Person::Child).then(|| view! {
                    <span class="ps-badge">{practice(p::GP_PERSON_CHILD)}</span>
                })}
            </p>
        })}
    }
}

/// "Oefenzorg Online"'s overview: what is new, what is planned, what is
/// on its way (the menu beside it leads to each part).
fn overview(ctx: GpCtx) -> impl IntoView {
    use crate::practice::gp::OrderStatus;
    let (new_reply, booking, order) = ctx.state.with(|s| {
        (
            s.is_new(Section::Messages),
            s.active_booking(),
            s.latest_order().map(|o| o.status(s.minutes)),
        )
    });
    let messages = practice(if new_reply {
        p::GP_OVERVIEW_NEW_MESSAGE
    } else {
        p::GP_MESSAGES_EMPTY
    });
    let appointment = booking.map_or_else(
        || practice(p::GP_APPOINTMENTS_EMPTY),
        |b| {
            format!(
                "{}, {} — {}",
                practice(b.slot.day_key()),
                b.slot.time(),
                practice(b.who.name_key())
            )
        },
    );
    let order = practice(match order {
        None => p::GP_ORDERS_EMPTY,
        Some(OrderStatus::Requested) => p::GP_ORDER_REQUESTED,
        Some(OrderStatus::InProgress) => p::GP_ORDER_IN_PROGRESS,
        Some(OrderStatus::Ready) => p::GP_ORDER_READY,
    });
    let row = move |section: Section, text: String| {
        view! {
            <dt>{ctx.word(Word::Section(section))}</dt>
            <dd>{text}</dd>
        }
    };
    view! {
        {row(Section::Messages, messages)}
        {row(Section::Appointments, appointment)}
        {row(Section::Orders, order)}
    }
}

/// "Oefenzorg Online": the side menu, on every page inside.
fn menu(ctx: GpCtx) -> impl IntoView {
    let current =
        move |section: Section| ctx.state.with(|s| screen_section(s.screen)) == Some(section);
    let items = Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <li>
                    <button
                        type="button"
                        id=ctx.id(section.id())
                        class:highlight=lit(ctx.highlight, section.id())
                        aria-current=move || current(section).then_some("page")
                        on:click=move |_| ctx.send(Action::Open(section))
                    >
                        {ctx.word(Word::Section(section))}
                    </button>
                </li>
            }
        })
        .collect_view();
    let home_current = move || {
        ctx.state
            .with(|s| s.screen == Screen::Home)
            .then_some("page")
    };
    view! {
        <nav class="gp-menu" aria-label=ctx.word(Word::Menu)>
            <ul>
                <li>
                    <button
                        type="button"
                        id=ctx.id("home")
                        class:highlight=lit(ctx.highlight, "home")
                        aria-current=home_current
                        on:click=move |_| ctx.send(Action::Home)
                    >
                        {ctx.word(Word::Home)}
                    </button>
                </li>
                {items}
            </ul>
        </nav>
    }
}

/// The section a screen belongs to (for the menu's "you are here").
fn screen_section(screen: Screen) -> Option<Section> {
    Some(match screen {
        Screen::AskWarning | Screen::AskForm | Screen::AskSent => Section::Ask,
        Screen::Messages | Screen::Reply => Section::Messages,
        Screen::BookReason
        | Screen::BookWho
        | Screen::BookSlot
        | Screen::BookCheck
        | Screen::Booked => Section::Book,
        Screen::Appointments | Screen::CancelCheck | Screen::Cancelled => Section::Appointments,
        Screen::Repeat | Screen::RepeatSent => Section::Repeat,
        Screen::Orders => Section::Orders,
        Screen::Medication => Section::Medication,
        Screen::Results | Screen::Result(_) => Section::Results,
        _ => return None,
    })
}

/// The home screen: whose data, then tiles (Mijn Oefenpraktijk) or an
/// overview of what is new (Oefenzorg Online, whose menu is beside it).
fn home(ctx: GpCtx) -> impl IntoView {
    let person = move |who: Person, target: &'static str, key: &'static str| {
        view! {
            <button
                type="button"
                class="gp-person"
                id=ctx.id(target)
                class:highlight=lit(ctx.highlight, target)
                aria-pressed=move || (ctx.state.with(|s| s.person) == who).to_string()
                on:click=move |_| ctx.send(Action::ForPerson(who))
            >
                {practice(key)}
            </button>
        }
    };
    let child_note = move || {
        (ctx.state.with(|s| s.person) == Person::Child)
            .then(|| view! { <p class="ps-hint">{practice(p::GP_CHILD_NOTE)}</p> })
    };
    let new_mark = move |section: Section| ctx.state.with(|s| s.is_new(section));
    let sections = match ctx.look() {
        Look::Praktijk => {
            let tiles = Section::ALL
                .into_iter()
                .map(|section| {
                    view! {
                        <li>
                            <button
                                type="button"
                                class="gp-tile"
                                id=ctx.id(section.id())
                                class:highlight=lit(ctx.highlight, section.id())
                                on:click=move |_| ctx.send(Action::Open(section))
                            >
                                <span>{ctx.word(Word::Section(section))}</span>
                                {move || new_mark(section).then(|| view! { <span class="ps-badge">{practice(p::GP_NEW_BADGE)}</span> })}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="gp-tiles">{tiles}</ul> }.into_any()
        }
        Look::Zorg => {
            view! { <dl class="ps-summary gp-overview">{move || overview(ctx)}</dl> }.into_any()
        }
    };
    view! {
        <h2 class="ps-title">{ctx.word(Word::Home)}</h2>
        <div class="gp-persons" role="group" aria-label=practice(p::GP_VIEWING)>
            <p>{practice(p::GP_VIEWING)}</p>
            {person(Person::Me, "person-me", p::GP_PERSON_ME)}
            {person(Person::Child, "person", p::GP_PERSON_CHILD)}
        </div>
        {child_note}
        {sections}
    }
}
